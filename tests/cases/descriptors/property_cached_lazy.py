class Data:
    def __init__(self, items):
        self.items = items
        self._total = None
        self.computations = 0

    @property
    def total(self):
        if self._total is None:
            self.computations += 1
            self._total = sum(self.items)
        return self._total

    def add(self, x):
        self.items.append(x)
        self._total = None


d = Data([1, 2, 3])
print(d.total, d.total, d.computations)
d.add(10)
print(d.total, d.total, d.computations)
