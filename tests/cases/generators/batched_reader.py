def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def records():
    for i in range(1, 12):
        yield {"id": i, "v": i * i % 7}


for b in batched(records(), 4):
    print(len(b), [r["id"] for r in b], sum(r["v"] for r in b))
print(list(batched("abcdefg", 3)))
print(list(batched([], 2)))
