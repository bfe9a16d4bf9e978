def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


a = [1, 2, 2, 2, 5, 8]
for x in [0, 2, 3, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    s.insert(bisect_right(s, v), v)
print(s)
