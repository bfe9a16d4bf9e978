d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], "v"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
d.update(e=5, f=6)
d.update([("g", 7)])
d.update({"a": -1})
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.clear()
print(d, len(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
print("a" in {"a": 1}, 1 in {"a": 1}, {"a": 1} == {"a": 1.0})
