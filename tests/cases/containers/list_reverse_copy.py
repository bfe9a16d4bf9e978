a = [1, [2, 3], "x"]
b = a.copy()
c = a[:]
d = list(a)
print(b == a, b is a, c is a, d is a)
b[1].append(4)
print(a, b)
b.append("only b")
print(a, b)
a.reverse()
print(a)
print(c)
e = []
e.reverse()
print(e, [1].copy())
nested = [[0] * 3 for _ in range(3)]
nested[0][0] = 1
alias = [[0] * 3] * 3
alias[0][0] = 1
print(nested)
print(alias)
