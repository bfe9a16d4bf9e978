def inner(n):
    for i in range(n):
        yield i
    return "inner done with %d" % n


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + " / " + r2


g = outer()
print(list(g))
g = outer()
try:
    while True:
        print("value", next(g))
except StopIteration as e:
    print("final:", e.value)
