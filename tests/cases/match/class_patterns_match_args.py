class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "on y axis at %d" % y
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point(x=x, y=y):
            return "point %d,%d" % (x, y)
        case Circle(Point(0, 0), r):
            return "circle at origin r=%d" % r
        case Circle(center=Point(x, y), r=r) if r > 10:
            return "big circle at %d,%d" % (x, y)
        case Circle():
            return "some circle"
        case _:
            return "unknown"


for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 3),
            Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), "nope"]:
    print(where(obj))
