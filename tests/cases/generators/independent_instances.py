def counter(start, step):
    n = start
    while True:
        yield n
        n += step


a = counter(0, 1)
b = counter(100, -10)
c = a
out = []
for _ in range(4):
    out.append((next(a), next(b)))
print(out)
print(next(c), next(a))
gens = [counter(i, i) for i in range(1, 4)]
for _ in range(3):
    print([next(g) for g in gens])
