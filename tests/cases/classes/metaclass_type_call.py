def hello(self):
    return "hello from " + type(self).__name__


Base = type("Base", (), {"x": 1, "hello": hello})
Derived = type("Derived", (Base,), {"y": 2})
d = Derived()
print(d.hello(), d.x, d.y)
print(Derived.__name__, [c.__name__ for c in Derived.__mro__])
print(type(Base) is type, type(type) is type)
print(isinstance(Derived, type), isinstance(d, Base))
print(type(5).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
Empty = type("Empty", (), {})
e = Empty()
e.val = 10
print(e.val, Empty.__qualname__, Empty.__module__ if hasattr(Empty, "__module__") else None)
print(Derived.__dict__["y"], "x" in Derived.__dict__)


def make_class(n):
    ns = {}
    for i in range(n):
        ns["f%d" % i] = i * i
    return type("Gen%d" % n, (), ns)


G = make_class(4)
print(G.__name__, G.f0, G.f1, G.f2, G.f3)
