# class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"flat 3d point {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(center=Point(0, 0), r=r):
            return f"centered circle r={r}"
        case Circle(r=r, center=c):
            return f"circle at {c} r={r}"
        case object(missing=_):
            return "never"
    return "not a shape"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(0, 0, 1), Point3(4, 5, 6),
          Circle(Point(0, 0), 3), Circle(Point(1, 1), 2), 42]:
    print(p if not isinstance(p, Circle) else "circle", "->", where(p))

# builtins that match themselves with one positional subpattern
def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([a, *_]):
            return f"list starting with {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case list(l):
            return f"other list {l}"
    return "other"

for v in [True, 3, 2.5, "s", b"b", [1, 2], [], (1, 2), {"k": 1}, {"j": 1}, {1, 2}, frozenset({3}), None]:
    print(repr(v), "->", builtin(v))

# keyword patterns on builtins
match 5:
    case int(real=5, imag=0):
        print("int attributes")

# a missing attribute is no match, not an error
class Empty:
    pass
match Empty():
    case Empty(anything=1):
        print("no")
    case Empty():
        print("missing attribute: no match")

# attributes via properties and __getattr__
class Dyn:
    @property
    def p(self):
        return "prop"
    def __getattr__(self, name):
        if name == "virtual":
            return "virt"
        raise AttributeError(name)
match Dyn():
    case Dyn(p="prop", virtual=v):
        print("dynamic", v)
match Dyn():
    case Dyn(other=_):
        print("no")
    case _:
        print("__getattr__ raising AttributeError: no match")

# all attributes are read before subpatterns are tried
class Loud:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        print("get a")
        return 1
    @property
    def b(self):
        print("get b")
        return 2
match Loud():
    case Loud(9, b):
        print("no")
    case Loud(1, b):
        print("b =", b)

# __match_args__ inherited; subclass instances match the base class
class P3(Point):
    pass
match P3(7, 8):
    case Point(a, b):
        print("inherited match args", a, b)

# errors
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

def not_a_type():
    x = 3
    match 1:
        case x.real():
            pass
attempt(not_a_type)

class NoArgs:
    pass
def too_many():
    match NoArgs():
        case NoArgs(1):
            pass
attempt(too_many)

def too_many_builtin():
    match 5:
        case int(1, 2):
            pass
attempt(too_many_builtin)

class TwoArgs:
    __match_args__ = ("a", "b")
    a = b = 1
def too_many_two():
    match TwoArgs():
        case TwoArgs(1, 1, 1):
            pass
attempt(too_many_two)

class ListArgs:
    __match_args__ = ["a"]
def bad_match_args():
    match ListArgs():
        case ListArgs(1):
            pass
attempt(bad_match_args)

class IntArgs:
    __match_args__ = (1,)
def bad_element():
    match IntArgs():
        case IntArgs(1):
            pass
attempt(bad_element)

class Dupe:
    __match_args__ = ("a",)
    a = 1
def duplicate():
    match Dupe():
        case Dupe(1, a=1):
            pass
attempt(duplicate)

# the isinstance check fails first: no error for a non-instance
match 5:
    case NoArgs(1):
        print("no")
    case _:
        print("not an instance, no error")

# the class expression is evaluated on each try
import_count = 0
class Holder:
    cls = Point
match Point(1, 1):
    case Holder.cls(x=1):
        print("dotted class")

# exception classes
try:
    raise KeyError("k")
except Exception as e:
    match e:
        case ValueError():
            print("no")
        case LookupError(args=(key,)):
            print("lookup error with key", key)

# isinstance honours a metaclass's __instancecheck__
class Meta(type):
    def __instancecheck__(cls, instance):
        return isinstance(instance, int) and instance % 2 == 0
class Even(metaclass=Meta):
    pass
for n in [1, 2, "2"]:
    match n:
        case Even():
            print(n, "is even")
        case _:
            print(n, "is not even")

# __match_args__ may name properties and class attributes
class Temp:
    __match_args__ = ("celsius", "unit")
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
match Temp(21):
    case Temp(21, "C"):
        print("21 C")

# subpatterns of every kind inside a class pattern
class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content
def unbox(b):
    match b:
        case Box(Box(Box(x))):
            return f"triple {x}"
        case Box([1, *rest]):
            return f"list {rest}"
        case Box({"k": v}):
            return f"dict {v}"
        case Box(None):
            return "empty"
        case Box(str() | bytes() as s):
            return f"text {s!r}"
        case Box(content=Box() as inner):
            return f"box in box {inner.content}"
    return "?"
for b in [Box(Box(Box(1))), Box([1, 2, 3]), Box({"k": "v"}), Box(None), Box("s"), Box(b"b"), Box(Box(5)), Box(5)]:
    print(unbox(b))
