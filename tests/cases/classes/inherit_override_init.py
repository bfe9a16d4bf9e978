class Vehicle:
    wheels = 4

    def __init__(self, make, year=2000):
        self.make = make
        self.year = year

    def info(self):
        return "%s %d (%d wheels)" % (self.make, self.year, self.wheels)


class Bike(Vehicle):
    wheels = 2


class Truck(Vehicle):
    def __init__(self, make, load):
        super().__init__(make, 2010)
        self.load = load

    def info(self):
        return super().info() + " load=%d" % self.load


class NoSuper(Vehicle):
    def __init__(self):
        self.note = "forgot super"


print(Vehicle("ford").info())
print(Bike("bmx", 2020).info())
print(Truck("volvo", 18).info())
n = NoSuper()
print(n.note, hasattr(n, "make"))
try:
    n.info()
except AttributeError as e:
    print("AttributeError:", e)
