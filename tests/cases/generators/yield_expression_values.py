def g():
    x = yield 1
    print("x =", x)
    y = yield x
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
    yield [x, y, z]


it = g()
print(next(it))
print(next(it))
print(it.send("sent-y"))
print(it.send(None))


def lambda_gen():
    f = lambda: (yield 5)
    return f


print(list(lambda_gen()()))
