def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    l = cache[n]
    for m in reversed(path):
        l += 1
        cache[m] = l
    return l
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
hist = {}
for n in range(1, 1000):
    b = collatz_len(n) // 20 * 20
    hist[b] = hist.get(b, 0) + 1
for k in sorted(hist):
    print(f"{k:3}-{k + 19:3}: {'*' * (hist[k] // 5)} {hist[k]}")
