class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        return (x for x in self if x % 2 == 0)

    def pairs(self):
        prev = None
        for x in self:
            if prev is not None:
                yield prev, x
            prev = x


c = Countdown(6)
print(list(c), list(c))
print(list(c.evens()))
print(list(c.pairs()))
for a in Countdown(2):
    for b in Countdown(2):
        print(a, b)
