class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def __add__(self, other):
        r = Counter()
        for src in (self, other):
            for k, v in src.items():
                r[k] = r.get(k, 0) + v
        return r


a = Counter("abracadabra")
b = Counter("banana")
print(a)
print(a.most_common(2), b.most_common(1))
s = a + b
print(type(s).__name__, s.most_common(3))
print(s["a"], len(s))
