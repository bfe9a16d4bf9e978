class Maybe:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Maybe(self.v + o.v)


x = Maybe(1) + Maybe(2)
print(x.v)
y = Maybe(None) + Maybe(2)
