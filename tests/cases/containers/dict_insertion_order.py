d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d, list(d))
d["apple"] = 20
print(list(d))
del d["zebra"]
d["zebra"] = 100
print(list(d.items()))
d2 = dict(b=1, a=2)
d2.update({"c": 3, "a": 4})
print(d2)
d3 = dict([("x", 1), ("y", 2), ("x", 3)])
print(d3)
d4 = {k: len(k) for k in ["ccc", "a", "bb"]}
print(d4)
print({1: "a", 1.0: "b", True: "c"})
print({**{"a": 1, "b": 2}, "a": 3, **{"c": 4}})
