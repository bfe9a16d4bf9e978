x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g2 = (i * 2 for i in items)
items = [100]
print(list(g2))


class C:
    base = 5
    vals = [i for i in range(3)]
    try:
        doubled = list(i * base for i in range(3))
    except NameError as e:
        err = str(e)


print(C.vals, C.err)


def make():
    factor = 3
    return (i * factor for i in range(4))


print(list(make()))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("lazy error:", e)
