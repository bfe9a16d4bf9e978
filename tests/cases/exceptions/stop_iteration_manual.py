it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(it, "default"))


def gen():
    yield 1
    return "ret"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
