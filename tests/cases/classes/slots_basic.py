class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
q = P.__new__(P)
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
del p.y
print(hasattr(p, "y"))


class Q(P):
    pass


qq = Q(3, 4)
qq.z = 5
print(qq.x, qq.y, qq.z, qq.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(1, 2)
r.w = 3
print(r.x, r.y, r.w, hasattr(r, "__dict__"))
