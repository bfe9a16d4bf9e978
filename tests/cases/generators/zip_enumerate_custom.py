def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1


def my_zip(*its):
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        row = []
        for i in iters:
            try:
                row.append(next(i))
            except StopIteration:
                return
        yield tuple(row)


def my_map(fn, *its):
    for args in my_zip(*its):
        yield fn(*args)


def my_range(a, b=None, step=1):
    if b is None:
        a, b = 0, a
    while (step > 0 and a < b) or (step < 0 and a > b):
        yield a
        a += step


print(list(my_enumerate("abc", 1)))
print(list(my_zip([1, 2, 3], "ab", (True, False, None))))
print(list(my_map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(my_range(5)), list(my_range(10, 0, -3)), list(my_range(2, 3)))
print(list(my_zip()))
