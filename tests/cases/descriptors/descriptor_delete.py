class Guarded:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_g", "unset")

    def __set__(self, obj, value):
        obj.__dict__["_g"] = value

    def __delete__(self, obj):
        if obj.__dict__.get("locked"):
            raise AttributeError("cannot delete while locked")
        obj.__dict__.pop("_g", None)
        print("deleted")


class Holder:
    g = Guarded()


h = Holder()
print(h.g)
h.g = 1
print(h.g)
del h.g
print(h.g)
h.g = 2
h.locked = True
try:
    del h.g
except AttributeError as e:
    print("AttributeError:", e)
print(h.g)


class OnlyGet:
    def __get__(self, obj, objtype=None):
        return 1

    def __delete__(self, obj):
        print("OnlyGet delete")


class H2:
    o = OnlyGet()


x = H2()
del x.o
try:
    x.o = 5
except AttributeError as e:
    print("AttributeError:", e)
