class Dyn:
    existing = "class attr"

    def __init__(self):
        self.real = "instance attr"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("get_"):
            return lambda: "generated " + name[4:]
        raise AttributeError("Dyn has no %r" % name)


d = Dyn()
print(d.real)
print(d.existing)
print(d.get_thing())
print(getattr(d, "get_x")())
print(hasattr(d, "nothing"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "other", "default"))
