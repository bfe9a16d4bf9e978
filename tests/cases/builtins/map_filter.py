print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, False, 2, "", "x"])), list(filter(lambda c: c.isupper(), "aBcDe")))
print(list(map(int, "1 2 3".split())), sum(map(int, "45 55".split())), list(map(len, ["a", "bb"])))
print(list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, ["1", "a", "22"])))
