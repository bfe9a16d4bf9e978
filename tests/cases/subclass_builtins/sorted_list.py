class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)
        return lo

    def append(self, x):
        raise TypeError("use add()")


s = SortedList([5, 1, 4])
print(s)
for v in [3, 0, 9, 4]:
    print("add", v, "at", s.add(v), s)
try:
    s.append(2)
except TypeError as e:
    print("TypeError:", e)
print(s.index(4), s.count(4), s[0], s[-1])
