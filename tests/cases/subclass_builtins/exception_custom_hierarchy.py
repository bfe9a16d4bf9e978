class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, item, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (item, wanted, have))
        self.item = item
        self.shortfall = wanted - have


class PaymentError(ShopError):
    pass


class CardDeclined(PaymentError):
    pass


stock = {"apple": 3, "pear": 0}


def buy(item, n, card_ok=True):
    have = stock.get(item, 0)
    if n > have:
        raise OutOfStock(item, n, have)
    if not card_ok:
        raise CardDeclined("card declined for " + item)
    stock[item] -= n
    return "bought %d %s" % (n, item)


orders = [("apple", 2, True), ("pear", 1, True), ("apple", 1, False), ("apple", 5, True), ("apple", 1, True)]
for o in orders:
    try:
        print(buy(*o))
    except OutOfStock as e:
        print("out of stock:", e, "short by", e.shortfall)
    except PaymentError as e:
        print(type(e).__name__, "->", e)
print(stock)
