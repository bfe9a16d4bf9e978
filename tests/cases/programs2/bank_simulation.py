class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s: cannot withdraw %d (balance %d)" % (account.owner, amount, account.balance))
        self.account = account
        self.amount = amount


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return "<%s #%d %s: %d>" % (type(self).__name__, self.number, self.owner, self.balance)


class Savings(Account):
    rate_bp = 150

    def month_end(self):
        interest = self.balance * self.rate_bp // 10000
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))


class Checking(Account):
    fee = 5
    overdraft = 100

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee * 2
            self.history.append(("fee", self.fee * 2))
        else:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, initial):
        acct = cls(owner, initial)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Savings, "alice", 5000)
bob = bank.open(Checking, "bob", 200)
carol = bank.open(Checking, "carol", 0)
ops = [("transfer", alice.number, bob.number, 300), ("transfer", bob.number, carol.number, 550),
       ("transfer", carol.number, alice.number, 700), ("withdraw", bob.number, 100),
       ("deposit", carol.number, -5), ("deposit", carol.number, 60), ("transfer", 9999, 1000, 1)]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        else:
            bank.accounts[op[1]].deposit(op[2])
        print("ok  ", op)
    except InsufficientFunds as e:
        print("fail", op, "->", e)
    except ValueError as e:
        print("bad ", op, "->", e)
    except KeyError as e:
        print("nokey", op, "->", e)
for month in range(1, 4):
    for a in bank.accounts.values():
        a.month_end()
    print("month", month, list(bank.accounts.values()), "total", bank.total())
for a in bank.accounts.values():
    print(a.owner, a.history)
