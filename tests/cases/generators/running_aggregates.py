def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total


def running_max(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
        yield best


def pairwise_diff(xs):
    it = iter(xs)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield x - prev
        prev = x


vals = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(running_sum(vals)))
print(list(running_max(vals)))
print(list(pairwise_diff(vals)))
print(list(pairwise_diff([])), list(pairwise_diff([1])))
print(list(running_sum(running_sum([1, 1, 1, 1]))))
