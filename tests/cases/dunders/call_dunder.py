class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *more, scale=1, **kw):
        self.calls += 1
        return [v * self.k * scale for v in (x,) + more] + sorted(kw)


m = Multiplier(3)
print(m(2))
print(m(1, 2, 3, scale=10))
print(m(1, a=1, b=2))
print(m.calls, callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2])))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)
try:
    Multiplier(1)()
except TypeError as e:
    print("TypeError:", e)
