for c in [[], [0], (), (None,), {}, {"": ""}, set(), {0}, "", " ", range(0), range(1), frozenset()]:
    print(repr(c), bool(c), len(c))
x = []
print("empty" if not x else "full")
x.append(1)
print("empty" if not x else "full")
