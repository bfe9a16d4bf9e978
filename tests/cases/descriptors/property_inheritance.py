class Base:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


class Doubling(Base):
    @Base.value.getter
    def value(self):
        return self._v * 2


class Logged(Base):
    @Base.value.setter
    def value(self, v):
        print("Logged set", v)
        self._v = v


class Override(Base):
    @property
    def value(self):
        return "override"


d = Doubling()
d.value = 5
print(d.value, d._v)
l = Logged()
l.value = 7
print(l.value)
o = Override()
print(o.value)
try:
    o.value = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Base.value is not Doubling.value)
