class Quantity:
    def __init__(self, value, units):
        self.value = value
        self.units = {k: v for k, v in units.items() if v}

    @classmethod
    def unit(cls, name):
        return cls(1, {name: 1})

    def _combine(self, other, sign):
        u = dict(self.units)
        for k, v in other.units.items():
            u[k] = u.get(k, 0) + sign * v
        return u

    def __add__(self, o):
        if not isinstance(o, Quantity) or o.units != self.units:
            raise TypeError("cannot add %s and %s" % (self.unit_str(), o.unit_str() if isinstance(o, Quantity) else type(o).__name__))
        return Quantity(self.value + o.value, self.units)

    def __sub__(self, o):
        return self + o * -1

    def __mul__(self, o):
        if isinstance(o, Quantity):
            return Quantity(self.value * o.value, self._combine(o, 1))
        return Quantity(self.value * o, self.units)

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, Quantity):
            return Quantity(self.value / o.value, self._combine(o, -1))
        return Quantity(self.value / o, self.units)

    def __rtruediv__(self, o):
        return Quantity(o / self.value, {k: -v for k, v in self.units.items()})

    def __pow__(self, n):
        return Quantity(self.value ** n, {k: v * n for k, v in self.units.items()})

    def __eq__(self, o):
        return isinstance(o, Quantity) and self.units == o.units and abs(self.value - o.value) < 1e-9

    def __lt__(self, o):
        if self.units != o.units:
            raise TypeError("incomparable units")
        return self.value < o.value

    def unit_str(self):
        if not self.units:
            return "1"
        num = [k + ("^%d" % v if v != 1 else "") for k, v in sorted(self.units.items()) if v > 0]
        den = [k + ("^%d" % -v if v != -1 else "") for k, v in sorted(self.units.items()) if v < 0]
        s = "*".join(num) or "1"
        return s + ("/" + "*".join(den) if den else "")

    def __repr__(self):
        return "%g %s" % (self.value, self.unit_str())


m, s, kg = Quantity.unit("m"), Quantity.unit("s"), Quantity.unit("kg")
distance = 100 * m
time = 9.58 * s
speed = distance / time
print(distance, time, speed)
accel = speed / time
force = 80 * kg * accel
print(accel, force)
energy = force * distance
print(energy, energy / time)
area = (3 * m) * (4 * m)
print(area, area ** 2, 1 / time, (2 * m) ** 3 / (2 * m))
print(distance + 50 * m, distance - 30 * m, distance == 100 * m, 5 * m < 6 * m)
for bad in [lambda: distance + time, lambda: distance + 5, lambda: m < s]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3 * s, 1 * s, 2 * s]))
