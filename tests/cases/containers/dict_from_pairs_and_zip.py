keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
print(dict(zip(keys, vals[:2])))
print(dict([["x", 1], ("y", 2)]))
print(dict(enumerate("xyz")))
print(dict({"a": 1}, b=2))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
pairs = list({"p": 1, "q": 2}.items())
print(pairs, dict(pairs) == {"q": 2, "p": 1})
