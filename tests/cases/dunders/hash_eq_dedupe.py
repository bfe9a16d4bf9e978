class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, o):
        return isinstance(o, CaseInsensitive) and self.s.lower() == o.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return "CI(%r)" % self.s


words = ["Apple", "apple", "BANANA", "banana", "Cherry", "APPLE"]
unique = []
seen = set()
for w in words:
    k = CaseInsensitive(w)
    if k not in seen:
        seen.add(k)
        unique.append(k)
print(unique)
counts = {}
for w in words:
    k = CaseInsensitive(w)
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(CaseInsensitive("x") == CaseInsensitive("X"), CaseInsensitive("x") == "x")
print(len(seen))
