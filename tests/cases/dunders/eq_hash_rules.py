class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v


print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Both) and self.v == o.v

    def __hash__(self):
        return hash(self.v)


s = {Both(1), Both(1), Both(2)}
print(len(s))
d = {Both(3): "three"}
print(d[Both(3)], Both(3) in d, Both(4) in d)


class HashOnly:
    def __hash__(self):
        return 42


h1, h2 = HashOnly(), HashOnly()
print(hash(h1), len({h1, h2}), h1 == h2)


class Child(Both):
    def __eq__(self, o):
        return False


print(Child.__hash__)


class Child2(Both):
    pass


print(hash(Child2(7)) == hash(7))
