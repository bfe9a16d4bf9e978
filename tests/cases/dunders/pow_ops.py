class M:
    def __init__(self, v):
        self.v = v

    def __pow__(self, e, mod=None):
        print("__pow__", e, mod)
        if mod is None:
            return M(self.v ** e)
        return M(pow(self.v, e, mod))

    def __rpow__(self, base):
        print("__rpow__", base)
        return M(base ** self.v)

    def __repr__(self):
        return "M(%d)" % self.v


print(M(2) ** 10)
print(pow(M(3), 4))
print(pow(M(3), 200, 7))
print(2 ** M(5))
print(pow(2, M(3)))
x = M(2)
x **= 3
print(x)
