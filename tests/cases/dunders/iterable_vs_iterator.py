class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1


r = Range2(2, 6)
print(list(r), list(r))
print([(a, b) for a in r for b in r if a < b][:5])
it = iter(r)
print(iter(it) is it, next(it))
print(list(it), list(it))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
