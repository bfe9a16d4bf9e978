def f(a, b, c, d):
    return f"{a}{b}{c}{d}"
print(f(*[1, 2], *(3, 4)))
print(f(1, *"xy", d=9))
print(f(**{"a": 1, "b": 2}, **{"c": 3, "d": 4}))
print(f(*range(2), **{"c": 7, "d": 8}))
args = (1, 2)
kwargs = {"d": 4}
print(f(*args, 3, **kwargs))
print(*[1, 2, 3], sep="-")
print(*"hello")
