class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.key)
        except AttributeError:
            raise AttributeError("%s not set" % self.name) from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.key)


class Product:
    name = Typed(str)
    price = Typed(float)
    qty = Typed(int)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.total())
for field, bad in [("price", 3), ("qty", "many"), ("name", None)]:
    try:
        setattr(p, field, bad)
    except TypeError as e:
        print("TypeError:", e)
del p.qty
try:
    p.qty
except AttributeError as e:
    print("AttributeError:", e)
print(Product.qty.name, Product.qty.key)
p.qty = True
print(p.qty, p.total())
