class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __sub__(self, o):
        return self + o * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError("shape mismatch %dx%d @ %dx%d" % (self.n, self.m, o.n, o.m))
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self[0, j] * minor.det()
        return total

    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A - B)
print(2 * A)
print(A @ B)
print(A.transpose())
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
F = Matrix([[1, 1], [1, 0]])
print(F ** 10)
print((F ** 50)[0, 1])
print(A @ Matrix.identity(2) == A, A == B)
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    A * A
except TypeError as e:
    print("TypeError:", e)
C = Matrix.identity(3)
C[0, 2] = 7
print(C)
