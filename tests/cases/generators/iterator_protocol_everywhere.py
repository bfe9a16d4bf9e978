def gen():
    yield 3
    yield 1
    yield 2


print(list(gen()), tuple(gen()), sorted(gen()), sum(gen()), max(gen()), min(gen()))
print(set(gen()) == {1, 2, 3}, dict(zip(gen(), "abc")))
print(list(enumerate(gen())), list(zip(gen(), gen())))
print(list(map(lambda x: x * 2, gen())), list(filter(lambda x: x > 1, gen())))
print(list(reversed(list(gen()))), "".join(str(x) for x in gen()))
a, b, c = gen()
print(a, b, c)
first, *rest = gen()
print(first, rest)
print([*gen(), *gen()])
print(2 in gen(), 5 in gen())
print(any(gen()), all(gen()))
d = {}
d.update(zip("xyz", gen()))
print(d)
l = [0]
l.extend(gen())
l += gen()
print(l)
print(list(iter(gen())))
print(sorted(gen(), reverse=True))
