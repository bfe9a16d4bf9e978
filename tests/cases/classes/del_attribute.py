class C:
    cattr = 1


c = C()
c.a = 1
c.b = 2
del c.a
print(vars(c))
try:
    del c.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.cattr
except AttributeError as e:
    print("AttributeError:", e)
del C.cattr
print(hasattr(C, "cattr"))
delattr(c, "b")
print(vars(c))
