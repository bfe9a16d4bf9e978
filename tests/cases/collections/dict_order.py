d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = ord(k)
print(d)
del d["a"]
d["a"] = 0
print(d, list(d))
d["z"] = 1
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
