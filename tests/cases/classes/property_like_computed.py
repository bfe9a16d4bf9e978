class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def to_f(self):
        return self.celsius * 9 / 5 + 32

    def __lt__(self, other):
        return self.celsius < other.celsius

    def __repr__(self):
        return "%.1fC" % self.celsius


temps = [Temperature(c) for c in [22.5, -3, 37, 0, 100]]
print(temps)
print(sorted(temps))
print(min(temps), max(temps))
print([round(t.to_f(), 1) for t in temps])
