class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __int__(self):
        print("__int__")
        return self.n // self.d

    def __float__(self):
        print("__float__")
        return self.n / self.d

    def __complex__(self):
        return complex(self.n, self.d)

    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        if ndigits is None:
            return round(self.n / self.d)
        return round(self.n / self.d, ndigits)

    def __trunc__(self):
        return "trunc"


f = Frac(22, 7)
print(int(f))
print(float(f))
print(complex(f))
print(round(f))
print(round(f, 3))


class BadInt:
    def __int__(self):
        return "no"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
