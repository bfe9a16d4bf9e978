def init(self, w, h):
    self.w = w
    self.h = h


Rect = type("Rect", (object,), {
    "__init__": init,
    "area": lambda self: self.w * self.h,
    "__repr__": lambda self: "Rect(%d, %d)" % (self.w, self.h),
    "unit": classmethod(lambda cls: cls(1, 1)),
    "square": staticmethod(lambda n: Rect(n, n)),
})
r = Rect(3, 4)
print(r, r.area())
print(Rect.unit(), Rect.square(5).area())
Square = type("Square", (Rect,), {"__init__": lambda self, s: Rect.__init__(self, s, s)})
print(Square(6), Square(6).area(), Square.unit.__name__ if hasattr(Square.unit, "__name__") else "?")
try:
    type("X", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
