d = dict.fromkeys(range(5), 0)
for i in range(12):
    d[i % 5] += i
print(d)
print(d.get(10), d.get(10, "none"), d.pop(4), len(d))
d2 = d.copy()
d2[0] = -1
print(d, d2, d == d2)
d2.clear()
print(d2, bool(d2))
nested = {}
for word in "apple avocado banana blueberry cherry".split():
    nested.setdefault(word[0], []).append(word)
print(nested)
print({k: len(v) for k, v in nested.items()}, sorted(nested, reverse=True))
print(list(zip(d.keys(), d.values())) == list(d.items()))
