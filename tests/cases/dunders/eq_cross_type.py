class Approx:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("Approx.__eq__", type(o).__name__)
        if isinstance(o, (int, float)):
            return abs(self.v - o) < 0.01
        return NotImplemented


a = Approx(1.001)
print(a == 1)
print(1 == a)
print(1.0 == a, a != 2)
print("s" == a)
print([1, 2] == [a, 2])
print(a in [0, 1])
print([0, 1].count(a))
