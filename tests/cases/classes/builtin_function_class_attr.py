# A builtin function stored in a class does not bind to instances (it is no method
# descriptor), while Python functions and builtin methods do.
class C:
    f = abs
    g = len
    s = str.upper

    def m(self):
        return "m"


c = C()
print(c.f(-3))
print(c.g("abc"))
print(C.f(-4))
print(c.m())
print(type(c.f).__name__, type(c.m).__name__)
try:
    c.s()
except TypeError as e:
    print("TypeError:", e)
