# what counts as a sequence or a mapping: only real ones (or registered ABCs), never look-alikes
class SeqLike:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)

class MapLike:
    def __len__(self):
        return 1
    def __getitem__(self, k):
        return 1
    def keys(self):
        return ["a"]
    def get(self, k, default=None):
        return 1

def kind(x):
    match x:
        case [_, _]:
            return "sequence of two"
        case [*_]:
            return "sequence"
        case {"a": _}:
            return "mapping with a"
        case {}:
            return "mapping"
    return "neither"

def gen():
    yield 1
    yield 2

for label, v in [("SeqLike", SeqLike()), ("MapLike", MapLike()), ("set", {1, 2}), ("frozenset", frozenset()), ("generator", gen()),
                 ("iterator", iter([1, 2])), ("keys", {"a": 1}.keys()), ("items", {"a": 1}.items()), ("str", "ab"), ("bytes", b"ab"),
                 ("tuple", (1, 2)), ("list", [1]), ("range2", range(2)), ("range10", range(10)), ("dict", {"a": 1}), ("empty dict", {}),
                 ("float", 1.5), ("None", None), ("bool", True), ("object", object())]:
    print(label, kind(v))

# ranges support every sequence pattern
match range(10):
    case [0, 1, *_, 8, last]:
        print("range ends with", last)
match range(10, 0, -3):
    case [*init, 1]:
        print("range init", init)
match range(3):
    case (a, b, c):
        print("range unpacked", a, b, c)

# tuples with a star wildcard read items by index
match (1, 2, 3, 4, 5):
    case (1, _, *_, x):
        print("last of tuple", x)

# value patterns inside sequences are compared with ==, left operand the item
class Any:
    def __eq__(self, other):
        print("comparing with", other)
        return True
    __hash__ = None

match [Any(), Any()]:
    case [1, 2]:
        print("both compared")

# patterns are tried in order and stop at the first failure
class Tracer:
    def __init__(self, name, result):
        self.name, self.result = name, result
    def __eq__(self, other):
        print("eq", self.name, other)
        return self.result
    __hash__ = None

match [Tracer("a", True), Tracer("b", False), Tracer("c", True)]:
    case [1, 2, 3]:
        print("no")
    case [x, y, z]:
        print("captured all three")

# mapping keys are looked up in order and the values matched after all lookups
class Key:
    K1 = "k1"
    K2 = "k2"
match {"k1": Tracer("v1", True), "k2": Tracer("v2", True)}:
    case {Key.K1: 10, Key.K2: 20}:
        print("values matched")

# or-patterns try alternatives left to right
match 3:
    case Tracer("t1", False) | Tracer("t2", True):
        print("no")
    case 1 | 2 | 3:
        print("third alternative")
