class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    def get_full(self):
        return self.first + " " + self.last

    def set_full(self, value):
        self.first, self.last = value.split(" ", 1)

    def del_full(self):
        self.first = self.last = ""

    full = property(get_full, set_full, del_full, "The full name.")


p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last)
del p.full
print(repr(p.full))
print(Person.full.__doc__)
print(Person.full.fget is Person.get_full, Person.full.fset.__name__, Person.full.fdel.__name__)
print(property().fget)
