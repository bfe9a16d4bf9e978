pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, name in pairs:
    print(n, name)
for i, (n, name) in enumerate(pairs):
    print(i, n, name[0])
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(a, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
for [p, q] in [[1, 2], [3, 4]]:
    print(p * q)
