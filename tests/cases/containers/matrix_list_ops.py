def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m):
    return [list(r) for r in zip(*m)]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(mat_mul(A, B))
print(transpose(A))
print(mat_mul(A, identity(3)) == A)
P = [[1, 1], [1, 0]]
R = identity(2)
for _ in range(10):
    R = mat_mul(R, P)
print(R)
