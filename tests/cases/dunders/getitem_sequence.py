class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


s = Squares(6)
print(s[0], s[5], s[-1], s[-6])
print(s[1:4], s[::2], s[::-1], s[-2:], s[10:])
print(list(s), 16 in s, 17 in s)
print(sorted(s, reverse=True))
for v in s:
    print(v, end=" ")
print()
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(s)))
a, b, *rest = s
print(a, b, rest)
