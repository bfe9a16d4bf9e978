class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 4


def public(names):
    return [n for n in names if not n.startswith("__")]


print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
print(dir(Child) == sorted(dir(Child)))
print("__init__" in dir(Child), "__class__" in dir(Child()), "inst" in dir(Child), "inst" in dir(Child()))
print(public(dir([]))[:5], "append" in dir([]))
