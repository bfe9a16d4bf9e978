class Tracer:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__ start", name)
        cls = super().__new__(mcs, name, bases, ns)
        print("Meta.__new__ end", name)
        return cls


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        super().__init_subclass__(**kw)


class A(Base, metaclass=Meta):
    first = Tracer()
    second = Tracer()
    third = Tracer()


print([A.first.name, A.second.name, A.third.name])
