def pairs():
    yield 1, 2
    yield (3, 4)
    yield [5, 6]
    yield
    yield None,
    x = yield "a", "b"
    yield x


g = pairs()
print(next(g), next(g), next(g), next(g), next(g), next(g))
print(g.send("sent"))
for a, b in [(1, 2)]:
    pass


def kv(d):
    for k in d:
        yield k, d[k]


for k, v in kv({"x": 1, "y": 2}):
    print(k, v)
print(dict(kv({"p": 0})))
