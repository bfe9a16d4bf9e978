class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Mat([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)]
                    for i in range(n)])

    def __imatmul__(self, o):
        print("__imatmul__")
        self.rows = (self @ o).rows
        return self

    def __repr__(self):
        return "Mat(%r)" % self.rows


a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(a @ Mat([[1], [1]]))
c = a
c @= b
print(c, a is c)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
