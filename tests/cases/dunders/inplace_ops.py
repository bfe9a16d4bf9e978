class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("__add__")
        return Acc(self.items + list(other))

    def __isub__(self, other):
        print("__isub__")
        self.items = [x for x in self.items if x not in other]
        return self

    def __imul__(self, n):
        print("__imul__")
        self.items *= n
        return self

    def __repr__(self):
        return "Acc(%r)" % self.items


a = Acc([1, 2])
alias = a
a += [3]
print(a, alias, a is alias)
b = a + [4]
print(b, a, b is a)
a -= [1, 3]
print(a)
a *= 3
print(a, alias is a)


class NoInplace:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__ fallback")
        return NoInplace(self.v + o)


n = NoInplace(1)
old = n
n += 5
print(n.v, old.v, n is old)
