def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
ps = perms([1, 2, 3, 4])
print(len(ps))
for p in ps[:10]:
    print(p)
def subsets(s):
    if not s:
        return [[]]
    r = subsets(s[1:])
    return r + [[s[0]] + x for x in r]
print(subsets([1, 2, 3]))
