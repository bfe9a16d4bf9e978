class Counted:
    def __init__(self):
        self.reads = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.reads += 1
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Rec:
    a = Counted()
    b = Counted()

    def __init__(self, a, b):
        self.a = a
        self.b = b


r1 = Rec(1, 2)
r2 = Rec(10, 20)
print(r1.a + r2.a, r1.b, r2.b, r2.b)
print(Rec.a.reads, Rec.b.reads)
print(vars(r1), vars(r2))
