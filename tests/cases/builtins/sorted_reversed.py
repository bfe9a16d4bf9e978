print(sorted([3, 1, 2]), sorted("cba"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), tuple(reversed((1, 2))))
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"], key=str.lower), sorted([[1, 2], [0, 5]], key=sum))
