class Meta(type):
    counter = 0

    def __new__(mcs, name, bases, ns):
        Meta.counter += 1
        ns["id_number"] = Meta.counter
        ns.setdefault("__doc__", "auto doc for " + name)
        return super().__new__(mcs, name, bases, ns)

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __str__(cls):
        return "Class<" + cls.__name__ + ">"


class A(metaclass=Meta):
    pass


class B(metaclass=Meta):
    "explicit doc"


print(A.id_number, B.id_number)
print(A.__doc__)
print(B.__doc__)
print(A.upper_name, B.upper_name)
print(str(A), B)
print(hasattr(A(), "upper_name"))
print(A().id_number)
