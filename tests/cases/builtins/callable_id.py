x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]) or True, callable(print), callable(x), callable(lambda: 0))
print(type(id(x)) is int)
