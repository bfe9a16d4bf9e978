def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return gens


print([list(g) for g in make_gens()])


def make_gens2():
    gens = []
    for i in range(3):
        def g(i=i):
            for j in range(3):
                yield i * j
        gens.append(g())
    return gens


print([list(g) for g in make_gens2()])


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    while True:
        yield inc()


c = counter()
print(next(c), next(c), next(c))
