def groupby(items, key):
    it = iter(items)
    try:
        cur = next(it)
    except StopIteration:
        return
    k = key(cur)
    group = [cur]
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            k, group = kx, [x]
    yield k, group


def run_length(s):
    for ch, grp in groupby(s, lambda c: c):
        yield "%d%s" % (len(grp), ch)


print(list(groupby([1, 1, 2, 3, 3, 3, 1], lambda x: x)))
print("".join(run_length("aaabccddddde")))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
print([(k, g) for k, g in groupby(words, lambda w: w[0])])
print(list(groupby([], lambda x: x)))
