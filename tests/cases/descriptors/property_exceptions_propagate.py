class Sensor:
    def __init__(self, readings):
        self.readings = readings

    @property
    def average(self):
        return sum(self.readings) / len(self.readings)

    @property
    def missing(self):
        return self.undefined_attr


s = Sensor([1, 2, 3])
print(s.average)
s.readings = []
try:
    print(s.average)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "missing", "default used"))
try:
    print(hasattr(s, "average"))
except ZeroDivisionError as e:
    print("hasattr propagated ZeroDivisionError:", e)
s.readings = [5]
print(hasattr(s, "average"), hasattr(s, "missing"))
