# subclasses of builtins, complex literals, __getattribute__ and overridden get()
class D(dict):
    def __missing__(self, key):
        print("missing called")
        return 0
class L(list): pass
class T(tuple): pass
class S(str): pass
d = D(a=1, b=2)
match d:
    case {"x": _}:
        print("no")
    case {"a": 1, **rest}:
        print("dict subclass", rest, type(rest).__name__)
match L([1, 2, 3]):
    case [1, *r]:
        print("list subclass", r)
match T((1, 2)):
    case (a, b):
        print("tuple subclass", a, b)
match 5:
    case int(x):
        print("int self", x)
match S("abc"):
    case [*_]:
        print("no: str subclass is not a sequence")
    case str(s):
        print("str subclass", s)
match 2+3j:
    case 2+3j:
        print("complex literal")
match -1-1j:
    case -1-1j:
        print("negative complex literal")
match 1j:
    case 0+1j:
        print("imaginary")
class Loud:
    __match_args__ = ("a", "b")
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __init__(self):
        object.__setattr__(self, "a", 1)
        object.__setattr__(self, "b", 2)
match Loud():
    case Loud(9, b):
        print("no")
    case Loud(1, b):
        print("b =", b)
class G(dict):
    def get(self, key, default=None):
        print("custom get", key)
        return dict.get(self, key, default)
match G(k=1):
    case {"k": v, "z": _}:
        print("no")
    case {"k": v}:
        print("got", v)
