class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Data:
    def __get__(self, obj, objtype=None):
        return "data"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class C:
    nd = NonData()
    d = Data()


c = C()
print(c.nd, c.d)
c.__dict__["nd"] = "from dict"
c.__dict__["d"] = "from dict"
print(c.nd, c.d)
c.d = 5
print(c.d, c.__dict__["d"])
c.nd = 6
print(c.nd)
C.nd = "replaced on class"
print(C.nd)
