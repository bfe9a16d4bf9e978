a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in a, 3 in a, 3 not in a, "x" in "xyz", "k" in {"k": 1}, 1 in {1: "v"}, "v" in {1: "v"})
print(2 in (1, 2), 5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([] in [[]], (1,) in [(1,)], 1.0 in [1], True in [1])
