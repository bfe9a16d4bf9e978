class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, key):
        print("key:", key)
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]


m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1, 2])
print(m[0])
print(m[:, 0])
print(m[1:, 1])
print(m[::2, -1])
print(m[2, ::-1])


class Echo:
    def __getitem__(self, key):
        return key


e = Echo()
print(e[1:2], e[::3], e[1:2, 3], e[...], e[()], e[:, None])
print(e["a", "b"], e[-1], e[1:2:3])
