class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not (self.lo <= value <= self.hi):
            raise ValueError("%s=%r out of range [%r, %r]" % (self.public, value, self.lo, self.hi))
        setattr(obj, self.private, value)


class Color:
    r = Range(0, 255)
    g = Range(0, 255)
    b = Range(0, 255)
    alpha = Range(0.0, 1.0)

    def __init__(self, r, g, b, alpha=1.0):
        self.r, self.g, self.b, self.alpha = r, g, b, alpha

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


c = Color(255, 128, 0)
print(c.hex(), c.alpha)
for args in [(256, 0, 0), (0, -1, 0), (1, 2, 3, 1.5)]:
    try:
        Color(*args)
    except ValueError as e:
        print("ValueError:", e)
c.b = 200
print(c.hex(), sorted(vars(c)))
