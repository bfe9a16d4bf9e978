g = (i for i in range(3))
print(list(g))
print(list(g))
print(sum(g))
g2 = (i for i in range(5))
print(3 in g2)
print(list(g2))


def gen():
    yield from range(4)


a = gen()
b = a
next(a)
print(next(b), list(a), list(b))
