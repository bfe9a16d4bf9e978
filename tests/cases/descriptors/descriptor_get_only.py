class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        who = "class" if obj is None else "instance"
        return "%s via %s of %s" % (self.value, who, objtype.__name__)


class A:
    c = Const(7)


class B(A):
    pass


print(A.c)
print(A().c)
print(B.c)
print(B().c)
a = A()
a.c = "instance wins"
print(a.c)
print(vars(a))
del a.c
print(a.c)
