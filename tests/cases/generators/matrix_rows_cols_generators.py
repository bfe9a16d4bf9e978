M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


def rows(m):
    yield from m


def cols(m):
    for j in range(len(m[0])):
        yield [row[j] for row in m]


def diagonals(m):
    n = len(m)
    yield [m[i][i] for i in range(n)]
    yield [m[i][n - 1 - i] for i in range(n)]


def spiral(m):
    m = [row[:] for row in m]
    while m:
        yield from m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]


print(list(rows(M)))
print(list(cols(M)))
print(list(diagonals(M)))
print(list(spiral(M)))
print(list(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])))
print(max(sum(line) for g in (rows(M), cols(M), diagonals(M)) for line in g))
