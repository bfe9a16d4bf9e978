class Weird:
    def __iadd__(self, other):
        return "replaced by " + str(other)


w = Weird()
w += 5
print(w)


class Holder:
    def __init__(self):
        self.count = 0
        self.data = {"k": 1}


class Num:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __repr__(self):
        return "Num(%d)" % self.v


h = Holder()
h.count += 2
h.data["k"] += 10
h.data["new"] = Num(1)
h.data["new"] += 4
print(h.count, h.data)
lst = [Num(0), Num(0)]
lst[1] += 7
print(lst)
