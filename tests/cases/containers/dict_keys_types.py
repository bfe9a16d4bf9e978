d = {}
d[1] = "int"
d[1.5] = "float"
d["s"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset({1})] = "frozenset"
d[True] = "bool overwrites 1"
print(d)
print(d[1], d[1.0], d[(1, 2)], d[frozenset([1])])
try:
    d[[1]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError:", e)
print(len(d), 0 in d, False in d, -0.0 in {0: 1})
