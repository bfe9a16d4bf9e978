class Only:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("__lt__", self.v, o.v if isinstance(o, Only) else o)
        if isinstance(o, Only):
            return self.v < o.v
        return self.v < o

    def __ge__(self, o):
        print("__ge__", self.v, type(o).__name__)
        return self.v >= o


a, b = Only(1), Only(2)
print(a < b)
print(b > a)
print(5 > a)
print(0 <= a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
