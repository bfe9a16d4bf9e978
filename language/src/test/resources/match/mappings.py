# mapping patterns
def m(x):
    match x:
        case {"action": "move", "x": x0, "y": y0}:
            return f"move to {x0},{y0}"
        case {"action": "say", "text": str(text)}:
            return f"say {text}"
        case {"action": action, **rest} if rest:
            return f"{action} with {sorted(rest.items())}"
        case {"action": action}:
            return f"bare {action}"
        case {}:
            return "some mapping"
    return "not a mapping"

for v in [{"action": "move", "x": 1, "y": 2, "extra": 3}, {"action": "say", "text": "hi"}, {"action": "say", "text": 5},
          {"action": "jump", "height": 3, "style": "high"}, {"action": "sit"}, {}, {"other": 1}, [("action", "x")], "action", 5, None]:
    print(repr(v), "->", m(v))

# keys: literals of every kind, negative numbers, dotted names
class K:
    A = "a"
    B = 2

def keys(x):
    match x:
        case {1: one, -2: minus_two, "s": s, b"b": b, None: n, False: t, 3.5: f}:
            return ("literals", one, minus_two, s, b, n, t, f)
        case {K.A: a, K.B: b}:
            return ("dotted", a, b)
    return "no"

print(keys({1: "one", -2: "m2", "s": "S", b"b": "B", None: "N", False: "T", 3.5: "F"}))
print(keys({"a": 10, 2: 20, 3: 30}))
print(keys({"a": 10}))
# 1 == 1.0 == True as keys
match {1.0: "float one"}:
    case {1: v}:
        print("1 found 1.0:", v)

# **rest is a fresh dict of the remaining items, in order
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"b": _, **rest}:
        print(rest, rest is d)
        rest["z"] = 0
print(d)
match d:
    case {**everything}:
        print(everything, everything is d, everything == d)

# the length check: fewer items than keys cannot match
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 1}:
        print("one key is enough")

# values are matched by subpatterns
match {"point": [1, 2], "tags": ("x", "y")}:
    case {"point": [x, y], "tags": (*tags,)}:
        print(x, y, tags)

# __missing__ is not triggered: only get() is used
class D(dict):
    def __missing__(self, key):
        print("missing called")
        return 0

match D():
    case {"x": _}:
        print("no")
    case {}:
        print("no __missing__ call")

# duplicate keys found at run time are a ValueError
class Dup:
    X = "k"
    Y = "k"
try:
    match {"k": 1, "j": 2}:
        case {Dup.X: _, Dup.Y: _}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# unhashable key values
class U:
    L = [1]
try:
    match {"k": 1}:
        case {U.L: _}:
            print("no")
except TypeError as e:
    print("TypeError:", e)

# nested mappings
config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
match config:
    case {"db": {"host": host, "port": int(port)}, "debug": True}:
        print("db at", host, port)
