def bad():
    yield 1
    raise StopIteration("inside")


try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))


def uses_next():
    it = iter([1, 2])
    while True:
        yield next(it)


try:
    print(list(uses_next()))
except RuntimeError as e:
    print("RuntimeError:", e)


def fixed():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(fixed()))
