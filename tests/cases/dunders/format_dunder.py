class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "":
            return str(self)
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return format(self.cents / 100, spec)

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


m = Money(123456)
print(format(m))
print(format(m, "short"))
print(f"{m:,.2f}")
print("{:>12.1f}|".format(m))
print(f"[{m}] [{m:short}]")
print(format(12.5, "08.3f"), format(255, "#x"), format("ab", "^6"))


class NoFormat:
    pass


print(format(NoFormat(), "") == str(NoFormat()))
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
