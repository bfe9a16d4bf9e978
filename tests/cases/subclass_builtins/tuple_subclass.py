class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self


p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0])
print(p + Point(3, 4), p + (10, 10))
x, y = p
print(x, y, p == (1, 2), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: "a"}[(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
