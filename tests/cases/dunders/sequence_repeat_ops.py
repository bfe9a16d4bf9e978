class Pattern:
    def __init__(self, s):
        self.s = s

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return Pattern(self.s * n)

    __rmul__ = __mul__

    def __add__(self, o):
        return Pattern(self.s + (o.s if isinstance(o, Pattern) else str(o)))

    def __repr__(self):
        return "P(%s)" % self.s


p = Pattern("ab")
print(p * 3, 2 * p, p * 0)
print(p + p, p + 1, p + "z")
try:
    p * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * p
except TypeError as e:
    print("TypeError:", e)
print([0] * 3 + [1] * 2, (1, 2) * 2, "-" * 10)
