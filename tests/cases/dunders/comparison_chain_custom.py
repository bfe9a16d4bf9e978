class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("%d < %d" % (self.v, o.v))
        return self.v < o.v

    def __eq__(self, o):
        print("%d == %d" % (self.v, o.v))
        return self.v == o.v


a, b, c = N(1), N(2), N(3)
print(a < b < c)
print(c < b < a)
print(a < c == c)
print(a == b < c)


def make(v):
    print("make", v)
    return N(v)


print(make(1) < make(2) < make(0) < make(5))
