# repr of super objects: bound to an instance, to a class, and unbound
class A:
    def p(self):
        print(super())
        print(repr(super(A)))
class B(A):
    pass
B().p()
print(super(A, B))
print(str(super(B, B()))[:18])
