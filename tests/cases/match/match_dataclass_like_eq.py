class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)


ORIGIN = Vec(0, 0)


class Consts:
    ORIGIN = Vec(0, 0)


match Vec(0, 0):
    case Consts.ORIGIN:
        print("value pattern uses ==")
match Vec(1, 0):
    case Vec(x, 0):
        print("class pattern does not call __eq__, x =", x)
