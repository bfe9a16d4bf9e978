matrix = [[i * 4 + j for j in range(4)] for i in range(3)]
print(matrix)
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(4)])
print([sum(row) for row in matrix], sum(sum(r) for r in matrix))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({i: [j for j in range(i)] for i in range(4)})
