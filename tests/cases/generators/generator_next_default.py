def finite():
    yield "a"
    yield "b"


g = finite()
print(next(g, None), next(g, None), next(g, None), next(g, "end"))


def first(iterable, pred, default=None):
    return next((x for x in iterable if pred(x)), default)


print(first(range(10), lambda x: x > 6))
print(first(range(10), lambda x: x > 60, "none"))
print(first("hello world", str.isspace))
