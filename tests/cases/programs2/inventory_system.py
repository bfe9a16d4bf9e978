class OutOfStock(Exception):
    pass


class Product:
    def __init__(self, sku, name, price_cents, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price_cents, qty

    def __repr__(self):
        return "%s(%s x%d @%d.%02d)" % (self.sku, self.name, self.qty, self.price // 100, self.price % 100)


class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, product):
        self.products[product.sku] = product

    def restock(self, sku, n):
        self.products[sku].qty += n
        self.log.append(("restock", sku, n))

    def sell(self, sku, n):
        p = self.products[sku]
        if p.qty < n:
            raise OutOfStock("%s: want %d, have %d" % (p.name, n, p.qty))
        p.qty -= n
        self.log.append(("sell", sku, n))
        return p.price * n

    def value(self):
        return sum(p.price * p.qty for p in self.products.values())

    def low_stock(self, threshold):
        return sorted((p for p in self.products.values() if p.qty <= threshold), key=lambda p: (p.qty, p.sku))

    def report(self):
        lines = ["%-6s %-12s %5s %9s" % ("SKU", "NAME", "QTY", "VALUE")]
        for p in sorted(self.products.values(), key=lambda p: -p.price * p.qty):
            v = p.price * p.qty
            lines.append("%-6s %-12s %5d %6d.%02d" % (p.sku, p.name, p.qty, v // 100, v % 100))
        return "\n".join(lines)


inv = Inventory()
for args in [("A1", "widget", 250, 10), ("B2", "gadget", 1999, 3), ("C3", "doohickey", 75, 0), ("D4", "sprocket", 1200, 7)]:
    inv.add(Product(*args))
print(inv.report())
revenue = 0
orders = [("A1", 4), ("B2", 5), ("C3", 1), ("D4", 7), ("A1", 6), ("A1", 1), ("ZZ", 1)]
for sku, n in orders:
    try:
        got = inv.sell(sku, n)
        revenue += got
        print("sold", n, sku, "for", got)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku", e)
inv.restock("C3", 20)
print("revenue", revenue, "stock value", inv.value())
print(inv.low_stock(3))
print(inv.report())
print(inv.log)
