class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("__add__", self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", self, other)
        return self.__add__(other)

    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


print(Money(150) + Money(275))
print(10 + Money(5))
print(Money(5) + 10)
print(sum([Money(100), Money(250), Money(1)]))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
