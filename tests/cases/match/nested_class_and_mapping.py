class Order:
    __match_args__ = ("customer", "lines")

    def __init__(self, customer, lines):
        self.customer = customer
        self.lines = lines


orders = [
    Order({"name": "ann", "vip": True}, [("apple", 3), ("pear", 1)]),
    Order({"name": "bob"}, []),
    Order({"name": "cid", "vip": False}, [("melon", 1)]),
    Order({"name": "dee", "vip": True}, [("kiwi", 10)]),
]
for o in orders:
    match o:
        case Order({"vip": True, "name": name}, [(item, qty)]) if qty >= 10:
            print(name, "bulk vip order of", item)
        case Order({"vip": True, "name": name}, [_, *_] as lines):
            print(name, "vip with", len(lines), "lines")
        case Order({"name": name}, []):
            print(name, "empty order")
        case Order({"name": name}, [(item, _), *_]):
            print(name, "regular, first item", item)
