class A:
    pass


class B(A):
    class Inner:
        pass


print(repr(A))
print(str(B))
print(B.Inner)
print(repr(type))
print(int, str, list, dict, object)
print(type(A()))
print(type(B.Inner()))
print([A, B])
