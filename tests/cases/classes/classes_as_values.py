class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


kinds = {"circle": Circle, "square": Square}
specs = [("circle", 2), ("square", 3), ("circle", 1)]
shapes = [kinds[k](v) for k, v in specs]
print([type(s).__name__ for s in shapes])
print([s.area() for s in shapes])


def build(cls, *args):
    return cls(*args)


print(build(Square, 5).area())
print([cls.__name__ for cls in sorted(kinds.values(), key=lambda c: c.__name__)])
print(Circle in kinds.values(), type(shapes[0]) is kinds["circle"])
pairs = [(cls, cls(2).area()) for cls in (Circle, Square)]
print([(c.__name__, a) for c, a in pairs])
