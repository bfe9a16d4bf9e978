class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        self._protected = "p"

    def __secret(self):
        return "secret of " + self.owner

    def reveal(self):
        return self.__secret() + " " + str(self.__balance)


a = Account("ann", 100)
print(a.reveal())
print(sorted(vars(a)))
print(a._Account__balance, a._protected)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__secret())


class Sub(Account):
    def __init__(self):
        super().__init__("sub", 5)
        self.__balance = 999

    def both(self):
        return self.__balance, self._Account__balance


s = Sub()
print(s.both())
print(sorted(vars(s)))
print(s.reveal())


class Dunder:
    __x__ = "not mangled"


print(Dunder.__x__)
