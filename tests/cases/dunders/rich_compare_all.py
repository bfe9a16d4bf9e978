class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __eq__(self, o):
        return self.parts == o.parts

    def __ne__(self, o):
        return self.parts != o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + self.s


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
a, b = vs[0], vs[1]
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(vs[1] == vs[4], vs[1] <= vs[4], vs[1] < vs[4])
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.0.0") < Version("1.1"))
print(len({v for v in vs}))
