def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        fs.append(n)
    return fs
def fmt(fs):
    out = []
    for p in sorted(set(fs)):
        k = fs.count(p)
        out.append(f"{p}^{k}" if k > 1 else str(p))
    return " * ".join(out)
for n in (2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1, 10 ** 9 + 7):
    fs = factorize(n)
    prod = 1
    for f in fs:
        prod *= f
    print(f"{n:>15} = {fmt(fs):<30} ok={prod == n}")
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print([sum(d for d in range(1, n) if n % d == 0) == n for n in perfect])
