class Params:
    def __init__(self, **kw):
        self.kw = kw

    def keys(self):
        print("keys()")
        return list(self.kw)

    def __getitem__(self, k):
        print("getitem", k)
        return self.kw[k]


def show(**kw):
    return sorted(kw.items())


p = Params(a=1, b=2)
print(show(**p))
print(dict(p))
d = {"z": 0}
d.update(p)
print(d)
print({**p, "c": 3})
try:
    show(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
