class A:
    x = "A.x"
    y = "A.y"


class B(A):
    x = "B.x"


class C(B):
    pass


c = C()
print(c.x, c.y)
print(getattr(C, "x"), getattr(C, "y"), getattr(C, "z", "nope"))
print("x" in C.__dict__, "x" in B.__dict__)
for cls in C.__mro__[:-1]:
    print(cls.__name__, sorted(k for k in cls.__dict__ if not k.startswith("__")))
c.y = "inst"
print(c.y, C.y)
