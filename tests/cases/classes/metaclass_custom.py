class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases])
        print("  keys", sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by_meta = True
        return cls

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)

    def describe(cls):
        return "class " + cls.__name__


class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


class B(A):
    extra = 1


print(type(A).__name__, type(B).__name__)
a = A(1)
b = B(2)
print(a.v, b.v, A.created_by_meta, B.created_by_meta)
print(A.describe(), B.describe())
print(hasattr(a, "describe"))
print(isinstance(A, Meta), isinstance(a, Meta))
