class Bag:
    pass


b = Bag()
print(b.__dict__)
b.x = 1
b.y = "two"
print(b.__dict__)
b.__dict__["z"] = [3]
print(b.z)
print(vars(b))
print(vars(b) is b.__dict__)
del b.x
print(b.__dict__)
setattr(b, "w", 4.5)
print(getattr(b, "w"), hasattr(b, "x"), hasattr(b, "y"))
for k, v in vars(b).items():
    print(k, "=", v)
b2 = Bag()
b2.__dict__.update({"a": 1, "b": 2})
print(b2.a + b2.b, sorted(vars(b2)))
