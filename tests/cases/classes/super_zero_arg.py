class Base:
    def __init__(self, v):
        self.v = v
        print("Base.__init__", v)

    def value(self):
        return self.v

    @classmethod
    def make(cls, v):
        print("Base.make for", cls.__name__)
        return cls(v)


class Mid(Base):
    def __init__(self, v):
        print("Mid.__init__ before")
        super().__init__(v * 2)
        print("Mid.__init__ after")

    def value(self):
        return super().value() + 1

    @classmethod
    def make(cls, v):
        print("Mid.make")
        return super().make(v + 100)


class Top(Mid):
    def value(self):
        return super().value() * 10


t = Top(5)
print(t.value())
m = Mid.make(1)
print(type(m).__name__, m.value())
t2 = Top.make(2)
print(type(t2).__name__, t2.value())
print(super(Top, t).value())
print(super(Mid, t).value())
