# Compact dict table: deletions, resizes, popitem, iteration errors, and keys that equal a str
# without being one (a user class hashing as the str), which must find and be found by str keys.
d = {}
for i in range(100):
    d[str(i)] = i
for i in range(0, 100, 2):
    del d[str(i)]
print(len(d), list(d)[:5], d.get("3"), d.get("4", "x"))
d[1] = "one"; d[1.0] = "float"; d[True] = "bool"
print(d[1], list(d.keys())[-1], type(list(d.keys())[-1]))
class K:
    def __hash__(self): return hash("5")
    def __eq__(self, o): return o == "5"
print(K() in d, d[K()])
e = {"5": 1, "a": 2}
print(K() in e, e[K()])
f = {K(): 9}
print("5" in f, f["5"])
class S(str): pass
g = {"ab": 1}
print(g[S("ab")], S("ab") in g)
g[S("cd")] = 2
print("cd" in g, g["cd"], type(list(g)[1]))
h = dict.fromkeys(range(10))
print(h.popitem(), h.popitem(), len(h))
h[99] = 1
print(list(h), list(reversed(h)))
try:
    for k in h:
        h[k+1000] = 0
except RuntimeError as ex:
    print(ex)
try:
    for k in h:
        del h[k]; h[k+5000]=1
except RuntimeError as ex:
    print(ex)
c = h.copy(); c[123]=4
print(len(h), len(c), c == h, dict(a=1) | {"b": 2})
n = float("nan")
m = {n: 1}
print(m[n], n in m, float("nan") in m)
big = {}
for i in range(100000):
    big[i] = i
for i in range(99990):
    del big[i]
print(big, sorted(big.items())[:2])
print({(1,"a"): 2}[(1,"a")], {1: 'a', 2: 'b'}.items())
x = {}
x.setdefault("k", []).append(1); print(x, x.pop("k"), x)
class D(dict):
    def __missing__(self, k): return k * 2
print(D(a=1)["zz"], D(a=1)["a"])
class S2(str): pass
class K2:
    def __hash__(self): return hash("k")
    def __eq__(self, o): return o == "k"
def probe(d, keys):
    out = []
    for k in keys:
        out.append((k in d, d.get(k, "-"), d[k] if k in d else None))
    return out
for rnd in range(3):
    d = {"a": 1, S2("b"): 2, 3: 4}
    print(probe(d, ["a", "b", "c", S2("a")]))
    d["a"] = 10; d["b"] = 20; d["new"] = 30
    print(d)
    d[K2()] = 5
    print(probe(d, ["a", "b", "k", "zz"]))
    d["k"] = 6
    print(list(d.values()))
    del d["a"]
    print(probe(d, ["a", "b"]))
    g = globals()
    g["zz_" + str(rnd)] = rnd
    print(zz_0)
    e = {}
    for w in "the cat the dog the end".split() * 100:
        e[w] = e.get(w, 0) + 1
    print(e)
    for w in list(e):
        e[w] = -e[w]
        if w in e: e[w] -= 1
    print(e)
class D(dict):
    def __getitem__(self, k): return "over"
    def __missing__(self, k): return "miss"
dd = D(a=1)
print(dd["a"], dd.get("a"), "a" in dd, dd.get("b", 7))
