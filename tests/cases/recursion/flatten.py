def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for e in x:
            out.extend(flatten(e))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], (6, 7), [[[]]], "s"]))
def depth(x):
    return 1 + max((depth(e) for e in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]]]), depth([]), depth(5))
