def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(10, naturals()))
print(take(15, primes()))
print(take(20, fib()))
gen = fib()
big = None
for f in gen:
    if f > 10 ** 30:
        big = f
        break
print(big)
print(next(gen), next(gen))
