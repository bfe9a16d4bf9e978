class Q:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, o):
        return "truediv(%r, %r)" % (self.v, o)

    def __rtruediv__(self, o):
        return "rtruediv(%r, %r)" % (self.v, o)

    def __floordiv__(self, o):
        return "floordiv(%r, %r)" % (self.v, o)

    def __rfloordiv__(self, o):
        return "rfloordiv(%r, %r)" % (self.v, o)

    def __mod__(self, o):
        return "mod(%r, %r)" % (self.v, o)

    def __rmod__(self, o):
        return "rmod(%r, %r)" % (self.v, o)

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", self.v, o)


q = Q(7)
print(q / 2)
print(2 / q)
print(q // 3)
print(3 // q)
print(q % 4)
print(4 % q)
print("%s" % q.v)
print(divmod(q, 5))
print(divmod(5, q))
