class Desc:
    def __get__(self, obj, objtype=None):
        print("__get__", obj is None, objtype.__name__ if objtype else None)
        return self if obj is None else 99

    def __set__(self, obj, value):
        print("__set__", value)


class C:
    d = Desc()


c = C()
print(c.d)
print(type(C.d).__name__)
C.__dict__["d"]
print("raw dict access did not call __get__")
C.d = "overwritten on class"
print(c.d, C.d)
