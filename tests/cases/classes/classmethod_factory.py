class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    def weekday_hint(self):
        return (self.y + self.m + self.d) % 7


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(MyDate.epoch(), MyDate.epoch().weekday_hint())
print(Date.epoch().from_string("2000-01-01"))
