print({3, 1, 2})
print(set(range(8)))
print({5, 5, 5})
print(frozenset({2, 0}))
s = {4, 2}
s.add(1)
print(s, sorted(s, reverse=True))
print({x * x for x in range(4)})
