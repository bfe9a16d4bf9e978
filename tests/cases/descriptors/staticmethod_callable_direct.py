class Util:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    helpers = [clamp]

    @classmethod
    def clamp_all(cls, xs, lo, hi):
        return [cls.clamp(x, lo, hi) for x in xs]


print(Util.clamp(15, 0, 10), Util.clamp(-5, 0, 10))
print(Util.clamp_all([-3, 4, 99], 0, 10))
print(Util.helpers[0](5, 0, 3))
print(Util().clamp(2, 0, 1))
