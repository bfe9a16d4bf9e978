class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        print("__missing__", key)
        v = self[key] = self.factory()
        return v


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)
print(d.get("zzz"), "zzz" in d)
print(len(d))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c)
print(c["q"], "q" in c)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
