class Thing:
    def __init__(self, n):
        self.n = n


def double(self):
    return self.n * 2


Thing.double = double
t = Thing(21)
print(t.double())
t.triple = lambda: "instance attr, not bound"
print(t.triple())
Thing.add = lambda self, k: self.n + k
print(t.add(1), Thing(1).add(1))


def show(self):
    return "Thing(%d)" % self.n


Thing.__repr__ = show
print(t, [Thing(1), Thing(2)])
del Thing.double
print(hasattr(t, "double"))
setattr(Thing, "square", lambda self: self.n ** 2)
print(t.square())
print(getattr(Thing(5), "square")())
