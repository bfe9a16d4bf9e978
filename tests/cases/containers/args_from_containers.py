def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))


args = [1, 2]
more = (3, 4, 5)
opts = {"x": 1, "y": 2}
print(f(*args))
print(f(*args, *more))
print(f(*more, **opts))
print(f(*"ab", **{"c": "C"}))
print(f(1, *[2], 3, *(), z=0, **opts))
print(f(**{"a": "A", "b": "B"}))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
try:
    f(*args, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
