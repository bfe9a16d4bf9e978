class Vec:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def y(self):
        return self._y

    @property
    def length2(self):
        return self._x ** 2 + self._y ** 2

    def with_x(self, x):
        return Vec(x, self._y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self._x, self._y)


v = Vec(3, 4)
print(v, v.x, v.y, v.length2)
w = v.with_x(0)
print(w, w.length2, v)
try:
    v.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.z = 10
except AttributeError as e:
    print("AttributeError:", e)
