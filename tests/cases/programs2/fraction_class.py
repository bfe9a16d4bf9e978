def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)


a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, a + b, a - b, a * b, a / b, -b, b ** 2, a ** -2)
print(1 + a, 1 - a, 2 * a, 1 / a, a == Frac(2, 6), a == 1, Frac(4, 2) == 2)
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 7), Frac(0)]))
h = sum(Frac(1, k) for k in range(1, 11))
print("H10 =", h, "%.6f" % float(h))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))
approx = Frac(0)
for k in range(12):
    approx = approx + Frac(1, 1) / Frac(gcd(1, 1) * [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800][k])
print("e ~", approx, "%.10f" % float(approx))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 1.5
except TypeError as e:
    print("TypeError:", e)
