class U:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return U(-self.v)

    def __pos__(self):
        return U(self.v + 0.5)

    def __abs__(self):
        return U(abs(self.v))

    def __invert__(self):
        return U(~self.v)

    def __repr__(self):
        return "U(%r)" % self.v


u = U(-3)
print(-u, +u, abs(u), ~u)
print(-(-u), ~~u, abs(-abs(u)))
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
