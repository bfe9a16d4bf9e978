class Loud:
    def __get__(self, obj, objtype=None):
        return "descriptor"


class C:
    d = Loud()

    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)


c = C()
print(c.d)
c.x = 1
print(c.x)
print(type(c).__name__)
