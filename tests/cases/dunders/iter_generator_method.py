class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def __len__(self):
        return 1 + sum(len(c) for c in self.children)

    def __contains__(self, v):
        print("custom contains", v)
        return any(x == v for x in self)


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), len(t))
print(5 in t, 9 in t)
print(sum(t), sorted(t, reverse=True))
print([x for x in t if x % 2])
it = iter(t)
print(next(it), next(it), type(it).__name__)
