# Generator pipelines: chained generator functions (produce -> filter -> map
# -> sliding window -> running accumulate), yield from, generator expressions
# fed to sum()/max()/min()/any(), zip() and enumerate() over generators, and
# next() with a default.  Every value crosses several generator frames, so the
# work is generator resumption, not arithmetic.

N = 360000


def produce(n, seed):
    # a simple LCG stream
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def keep(src, modulus):
    for v in src:
        if v % modulus != 0:
            yield v


def scale(src, k):
    for v in src:
        yield (v >> 8) % k


def window(src, size):
    # sums of a sliding window of `size` values
    buf = []
    total = 0
    for v in src:
        buf.append(v)
        total += v
        if len(buf) > size:
            total -= buf.pop(0)
        if len(buf) == size:
            yield total


def accumulate(src):
    total = 0
    for v in src:
        total += v
        yield total


def chain(*sources):
    for s in sources:
        yield from s


def pairs(src):
    it = iter(src)
    for a in it:
        b = next(it, None)
        if b is None:
            return
        yield a, b


def take(src, n):
    if n <= 0:
        return
    for i, v in enumerate(src):
        yield v
        if i + 1 >= n:
            return


def pipeline_sum(n, seed):
    # produce -> keep -> scale -> window -> consumed by a for loop
    acc = 0
    count = 0
    for w in window(scale(keep(produce(n, seed), 3), 1000), 8):
        acc = (acc * 31 + w) % 1000000007
        count += 1
    return acc + count


def pipeline_genexpr(n, seed):
    # generator expressions stacked on generator functions, consumed by sum()
    squares = (v * v for v in scale(produce(n, seed), 97))
    odd = (v for v in squares if v & 1)
    return sum(v % 1013 for v in odd)


def pipeline_chain(n):
    # yield from over three sub-streams, pairs, running totals, take
    src = chain(produce(n // 3, 1), scale(produce(n // 3, 2), 500), keep(produce(n // 3, 3), 7))
    diffs = (a - b for a, b in pairs(src))
    running = accumulate(d % 65536 for d in diffs)
    last = 0
    for v in take(running, n):
        last = v
    return last


def pipeline_zip(n):
    a = scale(produce(n, 11), 1000)
    b = scale(keep(produce(n, 12), 5), 1000)
    total = 0
    for i, (x, y) in enumerate(zip(a, b)):
        if x > y:
            total += i % 7
        else:
            total += (x + y) % 11
    m = max((v % 1000 for v in produce(n // 4, 13)), default=0)
    mn = min(v % 997 for v in produce(n // 4, 14))
    has = any(v % 100003 == 0 for v in produce(n // 4, 15))
    return total * 1000 + m + mn + (1 if has else 0)


def run():
    total = 0
    total += pipeline_sum(N, 42)
    total += pipeline_genexpr(N, 7)
    total += pipeline_chain(N)
    total += pipeline_zip(N)
    return total
