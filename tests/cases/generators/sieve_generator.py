def integers_from(n):
    while True:
        yield n
        n += 1


def sieve(nums):
    p = next(nums)
    yield p
    yield from sieve(x for x in nums if x % p)


s = sieve(integers_from(2))
print([next(s) for _ in range(20)])


def primes_upto(n):
    flags = [True] * (n + 1)
    for i in range(2, n + 1):
        if flags[i]:
            yield i
            for j in range(i * i, n + 1, i):
                flags[j] = False


print(list(primes_upto(60)))
