class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__("need %d, have %d" % (need, have))


print("withdrawing")
raise InsufficientFunds(100, 30)
