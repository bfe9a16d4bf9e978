def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def hanoi(n, a, b, c):
    if n == 0:
        return
    yield from hanoi(n - 1, a, c, b)
    yield (a, c)
    yield from hanoi(n - 1, b, a, c)


print(["".join(p) for p in permutations("abc")])
print(sorted(subsets([1, 2, 3])))
moves = list(hanoi(3, "A", "B", "C"))
print(len(moves), moves)
