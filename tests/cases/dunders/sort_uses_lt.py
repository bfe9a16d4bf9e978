class Item:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return "%s:%d" % (self.name, self.prio)


items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1), Item("e", 3)]
print(sorted(items))
print(sorted(items, reverse=True))
print(min(items), max(items))
items.sort()
print(items)
print(Item("x", 1) > Item("y", 0))
try:
    Item("x", 1) <= Item("y", 0)
except TypeError as e:
    print("TypeError:", e)
