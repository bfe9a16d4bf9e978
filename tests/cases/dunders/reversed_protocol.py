class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __reversed__(self):
        print("__reversed__")
        return iter(self.cards[::-1])

    def __iter__(self):
        return iter(self.cards)


class SeqOnly:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return "item%d" % i


print(list(reversed(Deck([1, 2, 3]))))
print(list(reversed(SeqOnly())))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed((4, 5))))
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
