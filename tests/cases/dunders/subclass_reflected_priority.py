class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"

    def __lt__(self, o):
        return "Base.__lt__"

    def __gt__(self, o):
        return "Base.__gt__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"

    def __gt__(self, o):
        return "Derived.__gt__"


class Derived2(Base):
    pass


print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + Derived2(2))
print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
print(Base(1) < Derived2(2))
print(1 + Base(1))
