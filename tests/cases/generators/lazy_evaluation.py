def noisy(xs):
    for x in xs:
        print("produce", x)
        yield x


def squares(xs):
    for x in xs:
        print("square", x)
        yield x * x


pipe = squares(noisy([1, 2, 3]))
print("pipeline built, nothing produced yet")
print(next(pipe))
print("--")
for v in pipe:
    print("consume", v)
