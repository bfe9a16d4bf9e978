class ReprMixin:
    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return type(self).__name__ + "(" + items + ")"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None


class ToDictMixin:
    def to_dict(self):
        return dict(vars(self))


class Person(ReprMixin, EqMixin, ToDictMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


a = Person("ann", 30)
b = Person("ann", 30)
c = Person("bob", 25)
print(a, c)
print(a == b, a == c, a != c, a is b)
print(a.to_dict())
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in Person.__mro__])
