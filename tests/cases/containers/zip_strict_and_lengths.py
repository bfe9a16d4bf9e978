print(list(zip([1, 2, 3], "ab")))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip()), list(zip([])), list(zip([1], [], [3])))
keys = ["a", "b"]
print(dict(zip(keys, range(10))))
