it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
e = iter("")
print(next(e, "empty"))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(3))
print(type(r).__name__, list(r))
s = iter({1})
print(next(s))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
i1 = iter([1, 2])
print(iter(i1) is i1)
