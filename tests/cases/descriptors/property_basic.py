class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        print("get radius")
        return self._r

    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value

    @radius.deleter
    def radius(self):
        print("del radius")
        del self._r

    @property
    def area(self):
        return 3 * self._r ** 2


c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(hasattr(c, "_r"))
try:
    c.area = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__)
