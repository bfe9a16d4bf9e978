def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(2000)
print(len(primes), primes[:20], primes[-5:])
for i in range(0, 100, 10):
    print(" ".join(f"{p:4d}" for p in primes[i:i + 10]))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for g in sorted(gaps):
    print(f"gap {g:2d}: {gaps[g]}")
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[-3:])
