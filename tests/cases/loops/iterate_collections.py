for x in (1, "two", 3.0, None):
    print(repr(x))
for k in {"b": 1, "a": 2, "c": 3}:
    print(k)
for v in sorted({5, 1, 3, 9, 7}):
    print(v, end=" ")
print()
for c in "abc":
    print(c * 3)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for i, x in enumerate([10, 20, 30], start=1):
    print(i, x)
for x in reversed([1, 2, 3]):
    print(x)
for x in map(str.upper, ["a", "b"]):
    print(x)
for x in filter(None, [0, 1, "", "s", None, [1]]):
    print(x)
