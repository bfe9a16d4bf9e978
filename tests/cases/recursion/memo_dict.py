memo = {}
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) in memo:
        return memo[(r, c)]
    v = count_paths(r - 1, c) + count_paths(r, c - 1)
    memo[(r, c)] = v
    return v
print(count_paths(10, 10), count_paths(30, 30), len(memo))
def partitions(n, k=None, cache={}):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in cache:
        cache[key] = partitions(n - k, k) + partitions(n, k - 1)
    return cache[key]
print([partitions(i) for i in range(1, 25)], partitions(100))
