print(sorted({x % 7 for x in range(100)}))
print(sorted({len(w) for w in "a bb cc ddd e".split()}))
print({x for x in range(5)} == set(range(5)), len({c for c in "mississippi"}))
print(sorted({(x * x) % 10 for x in range(20)}))
