# Lists made only of floats (stored unboxed by pyt) behave like any list: mixed stores,
# every mutation, comparisons and identities of special floats.
def show(label, *v):
    print(label, *v)

a = [1.5, -0.0, 2.25]
show("display", a)
a[0] = 3
show("int stored", a, )
show("types", [type(x).__name__ for x in a])

b = [0.5, 1.5]
b[1] += 2.0
b[-1] -= 0.25
b[0] *= 4
show("augmented", b)
b.append(7.0)
b.append("x")
show("append", b)

c = [1.0, 2.0, 3.0]
c.insert(1, 9.5)
show("insert", c, )
show("pop", c.pop(), c.pop(0), c)
c.extend([4.0, 5.0])
c.remove(4.0)
show("extend/remove", c)
c.reverse()
show("reverse", c)
c.sort()
show("sort", c)
show("index/count/in", c.index(5.0), c.count(2.0), 2.0 in c, 42.0 in c)
show("slice", c[1:], c[::-1], c[:10])
c[1:2] = [8.0, 8.5]
show("slice assign", c)
del c[0]
show("del", c)
show("concat/repeat", c + [1.0], [0.0] * 3, 2 * [1.5])
show("compare", [1.0, 2.0] == [1.0, 2.0], [1.0, 2.0] < [1.0, 3.0], [1.0] == [1])
show("sum/max/min", sum([0.5, 0.25]), max([1.0, 3.0]), min([1.0, -3.0]))
nan = float("nan")
d = [nan, 1.0]
show("nan identity", d[0] is d[0], d[0] == d[0], nan in d, d.count(nan))
show("neg zero", [-0.0][0], str([-0.0, 0.0]))
e = [1.0, 2.0]
try:
    e[2]
except IndexError as ex:
    show("IndexError", ex)
try:
    e[-3] = 1.0
except IndexError as ex:
    show("IndexError", ex)
e.clear()
e.append(1.0)
show("clear", e)
f = [1.0, 2.0]
f[0] = None
show("None stored", f)
g = [x * 0.5 for x in [1.0, 2.0]]
g[0] += 1.0
show("comprehension", g)
h = [1.0, 2.0]
it = iter(h)
show("iter", next(it), list(h), tuple(h), sorted(h, reverse=True))
for i in range(3):
    h[i % 2] = h[i % 2] ** 0.5 + i
show("loop", h)
show("pow", 2.0 ** 0.5, (-8.0) ** (1 / 3), 4.0 ** -1, 0.0 ** 0.0)
try:
    1e300 ** 2.0
except OverflowError as ex:
    show("OverflowError", ex)
try:
    0.0 ** -1.0
except ZeroDivisionError as ex:
    show("ZeroDivisionError", ex)
