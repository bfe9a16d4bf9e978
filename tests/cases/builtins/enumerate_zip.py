print(list(enumerate("abc")), list(enumerate([10, 20], 5)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(range(3), range(10, 13), "xyz")))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
