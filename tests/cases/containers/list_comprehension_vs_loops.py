matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat)
pairs = [(a, b) for a in range(4) for b in range(a, 4) if a + b == 4]
print(pairs)
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print(labels)
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
