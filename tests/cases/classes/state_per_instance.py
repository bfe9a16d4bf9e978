class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))

    def withdraw(self, amt):
        if amt > self.balance:
            self.history.append(("fail", amt))
            return False
        self.balance -= amt
        self.history.append(("wd", amt))
        return True

    def accrue(self):
        self.balance = round(self.balance * (1 + self.interest), 2)


a = Account("a", 100)
b = Account("b")
a.deposit(50)
print(a.withdraw(500), a.withdraw(20), b.withdraw(1))
b.deposit(10)
a.accrue()
b.interest = 0.5
b.accrue()
print(a.balance, b.balance)
print(a.history)
print(b.history)
print(Account.interest, a.interest, b.interest)
