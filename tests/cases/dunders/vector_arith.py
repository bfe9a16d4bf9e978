class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a, b = V(1, 2), V(3, 4)
print(a + b, a - b, b - a)
print(a * 3, 3 * a, a * 0.5)
print(-a, +a, abs(b))
print(a + b == V(4, 6), a == b, a != b)
print(a + b * 2 - -a)
total = V(0, 0)
for v in [a, b, V(10, 10)]:
    total = total + v
print(total)
