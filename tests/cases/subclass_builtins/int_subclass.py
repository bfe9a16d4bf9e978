class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, cents)

    def __repr__(self):
        return "Money(%d)" % int(self)

    def __str__(self):
        return "$%d.%02d" % divmod(int(self), 100)

    def __add__(self, o):
        return Money(int(self) + int(o))


m = Money(1999)
print(m, repr(m), m + 1, m + Money(1))
print(m * 2, type(m * 2).__name__)
print(m > 1000, m == 1999, int(m), hash(m) == hash(1999))
print(sorted([Money(5), Money(1), 3]))
print(type(m + 1).__name__, type(1 + m).__name__)


class Flag(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __or__(self, o):
        return Flag(int(self) | int(o))

    def __repr__(self):
        parts = [n for v, n in sorted(self.names.items()) if self & v]
        return "|".join(parts) or "NONE"


rw = Flag(1) | Flag(2)
print(rw, repr(rw | 4), Flag(0), int(rw), bool(Flag(0)))
