class Counter:
    count = 0
    kind = "counter"

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.serial = Counter.count


a = Counter("a")
b = Counter("b")
c = Counter("c")
print(Counter.count, a.count, b.count, c.count)
print(a.serial, b.serial, c.serial)
print(a.kind, Counter.kind)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.kind = "changed"
print(a.kind, b.kind, c.kind)
print("kind" in a.__dict__, "kind" in Counter.__dict__)
print(sorted(a.__dict__))
print(a.__dict__)


class Shared:
    items = []

    def add(self, x):
        self.items.append(x)


s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(s1.items, s2.items, Shared.items, s1.items is s2.items)
