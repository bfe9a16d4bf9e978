d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"q"}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(k)), list(reversed(v)))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(v == v, d.values() == d.values())
print(sorted(d.keys()))
