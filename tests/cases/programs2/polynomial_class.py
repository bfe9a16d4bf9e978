class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(r)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            body = ("" if a == 1 and i else str(a)) + ("x" if i >= 1 else "") + ("^%d" % i if i > 1 else "")
            terms.append((sign, body))
        s = "".join(" %s %s" % t for t in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:]


x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 5
q = x ** 3 - 1
print(p, "|", q, "|", p.degree, q.degree)
print(p + q, "|", p - q, "|", p * q)
print(p(0), p(2), q(1), (p * q)(2) == p(2) * q(2))
print((x + 1) ** 5)
print(q.derivative(), "|", p.derivative().derivative(), "|", Poly([7]).derivative())
print((x - 1) * (x + 1) == x ** 2 - 1, Poly([0, 0, 0]), -x)
lo, hi = 1.0, 2.0
f = x ** 3 - 2 * x - 5
for _ in range(40):
    mid = (lo + hi) / 2
    if f(lo) * f(mid) <= 0:
        hi = mid
    else:
        lo = mid
print("root %.6f" % lo)
