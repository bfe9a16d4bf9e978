def f(a, b=1, *c, d, **e):
    pass
print(f.__name__, f.__defaults__, f.__kwdefaults__)
def g(): pass
print(g.__defaults__, g.__kwdefaults__, type(g).__name__)
f.custom = 42
print(f.custom)
