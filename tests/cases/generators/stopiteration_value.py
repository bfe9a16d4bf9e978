def g():
    yield 1
    return {"result": 42}


it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)


def empty():
    return "early"
    yield


try:
    next(empty())
except StopIteration as e:
    print("empty returned", e.value)


def no_return():
    yield 1


it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
print(list(empty()))
