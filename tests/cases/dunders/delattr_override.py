class Soft:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.deleted = []

    def __delattr__(self, name):
        print("__delattr__", name)
        self.deleted.append(name)
        if name == "a":
            object.__delattr__(self, name)


s = Soft()
del s.a
del s.b
delattr(s, "zzz")
print(hasattr(s, "a"), hasattr(s, "b"), s.deleted)
