class Celsius(float):
    def __repr__(self):
        return "%.1f°C" % self

    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(repr(c), c.to_f(), c + 1, type(c + 1).__name__)
print(str(c), float(c), c > 20, round(c))
print(sorted([Celsius(3), Celsius(-1.5), Celsius(0)]))
print(Celsius("12.25"), type(Celsius("1")).__name__)
