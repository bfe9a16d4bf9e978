a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
c = {"list": [1, 2]}
shallow = c.copy()
shallow["list"].append(3)
print(c)
deep_manual = {k: list(v) for k, v in c.items()}
deep_manual["list"].append(4)
print(c, deep_manual)
print(dict(a) is a, dict(a) == a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
