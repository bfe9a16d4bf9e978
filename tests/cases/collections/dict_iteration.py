d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
print(sum(d.values()), max(d), min(d, key=d.get), sorted(d, key=lambda k: -d[k]))
inverted = {v: k for k, v in d.items()}
print(inverted)
keys = d.keys()
d["d"] = 4
print(list(keys), len(keys), "d" in keys)
print(list(reversed(d)), list(reversed(d.items())))
