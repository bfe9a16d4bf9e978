class NoInit:
    pass


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class OnlyNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst


print(OnlyNew(1, 2).args)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__)
