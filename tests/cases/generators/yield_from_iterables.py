def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), "ab", range(2), {"k": 1}, {9})))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[]]], 8])))


def gen_of_gens():
    yield from (i * 10 for i in range(3))
    yield from iter([100])


print(list(gen_of_gens()))
