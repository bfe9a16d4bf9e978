a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None)() is None, ... is Ellipsis)
x = object()
print(x is x, x is not object())
print(True is (1 == 1), type(True) is bool)
