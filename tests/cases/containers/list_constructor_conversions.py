print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list(x * 2 for x in range(3)), list(b"AB"))
print(list(map(str, [1, 2])), list(zip([1, 2], "ab")), list(enumerate("ab", 5)))
print(list(reversed([1, 2, 3])), list(iter([4])))
nested = [[1, 2], [3, 4], [5, 6]]
print([x for row in nested for x in row])
print(list(zip(*nested)))
print([list(r) for r in zip(*nested)])
print(sum(nested, []))
