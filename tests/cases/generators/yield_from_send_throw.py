def inner():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("inner caught", e)
            v = 0
        if v is None:
            return total
        total += v


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer after"


g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError("oops")))
print(g.send(1))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("done")
