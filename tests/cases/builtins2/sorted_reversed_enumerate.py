data = {"b": 2, "a": 3, "c": 1}
print(sorted(data), sorted(data.values()), sorted(data.items(), key=lambda kv: kv[1]))
print(sorted(data, key=data.get, reverse=True))
print(list(reversed(sorted(data))), list(enumerate(sorted(data), start=1)))
print(list(enumerate("ab", -1)), list(enumerate([])))
e = enumerate("xyz")
print(next(e), next(e), list(e))
print(sorted([3, 1, 2]) is not sorted([3, 1, 2]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
