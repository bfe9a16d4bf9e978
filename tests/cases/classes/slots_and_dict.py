class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    __slots__ = ("x",)


class Derived(Base):
    __slots__ = ("y",)

    def __init__(self):
        self.x = 1
        self.y = 2


d = Derived()
print(d.x, d.y)
try:
    d.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(Base.__dict__["x"]).__name__)


class Conflict:
    __slots__ = ("v",)


try:
    class Bad:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
