class MyList(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        if isinstance(i, slice):
            return MyList(r)
        return r

    def head(self):
        return self[0]


m = MyList([5, 6, 7, 8])
print(type(m[1:]).__name__, m[1:], m[1:].head())
print(type(m[::2]).__name__, m[::2])
print(type(m * 2).__name__, type(m.copy()).__name__)
r = list(m)
print(type(r).__name__, r)
m2 = MyList()
print(m2 == [], bool(m2), repr(m2))
