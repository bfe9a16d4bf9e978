class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Blob(Shape):
    pass


for s in [Rect(2, 3), Square(4), Circle(1.5)]:
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
shapes = sorted([Rect(2, 3), Square(2), Circle(1)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
