class Celsius:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = float(v)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    @kelvin.setter
    def kelvin(self, k):
        self.celsius = k - 273.15


t = Celsius()
for attr, val in [("celsius", 100), ("fahrenheit", 32), ("kelvin", 0), ("fahrenheit", -40)]:
    setattr(t, attr, val)
    print(attr, val, "->", round(t.celsius, 2), round(t.fahrenheit, 2), round(t.kelvin, 2))
