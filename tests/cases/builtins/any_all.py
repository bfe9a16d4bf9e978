print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), any("x"), all(""))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]), any([None, "", []]), all([[0], (0,), "0"]))
