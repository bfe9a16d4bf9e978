def bsearch(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch(a, x, mid + 1, hi)
    return bsearch(a, x, lo, mid - 1)
a = list(range(0, 200, 3))
print([bsearch(a, x) for x in (0, 3, 99, 100, 198, 197, -1)])
