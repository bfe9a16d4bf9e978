d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d, 1 in d)
d["four"] = 4
d["one"] = 11
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("two"), d.pop("missing", "dflt"), d)
print(d.setdefault("five", 5), d.setdefault("one", 0), d)
d.update({"six": 6}, seven=7)
print(d)
print(d.popitem(), d)
e = dict(a=1, b=2)
print(e, dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict.fromkeys("ab", 0))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple key", None: 0, 2.5: "f"})
print(d == dict(d), {**e, "c": 3}, e | {"a": 100}, len({}))
for k in d:
    print(k, d[k], end="; ")
print()
