class Letters:
    def __init__(self, s):
        self.s = s

    def __len__(self):
        return len(self.s)

    def __getitem__(self, i):
        return self.s[i]


L = Letters("python")
print(len(L), L[0], L[-1], L[1:3])
print(list(L), tuple(L), "".join(L))
print(sorted(L), max(L), min(L))
print(list(enumerate(L))[:2], list(zip(L, range(3))))
print("t" in L, "z" in L)
print(list(reversed(L)))
print(dict.fromkeys(L, 0))
print(set(L) == set("python"))
print(list(map(str.upper, L)))
