d = {}
for i, ch in enumerate("abcde"):
    d[ch] = i
out = []
while d:
    out.append(d.popitem())
print(out)
d = dict.fromkeys("xyz", 0)
d["x"] += 1
print(list(d.items()))
d.pop("x")
d["x"] = 5
print(list(d))
first = next(iter(d))
last = next(reversed(d))
print(first, last)
