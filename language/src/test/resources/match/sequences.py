# sequence patterns: lists, tuples, ranges; never str/bytes/dict
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [1, b]:
            return f"one then {b!r}"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first!r} rest={rest!r}"
        case [a, *mid, z]:
            return f"a={a!r} mid={mid!r} z={z!r}"
    return "not a sequence"

for v in [[], [1], (1,), [1, 2], (3, 4), [5, 6, 7], (8, 9, 10, 11), list(range(7)), range(3), range(0), range(2, 12, 3),
          "ab", "", b"xy", {1: 2}, {1, 2}, 12, None]:
    print(repr(v), "->", seq(v))

# the star list is always a list
match (1, 2, 3, 4):
    case [*init, last]:
        print(init, last, type(init).__name__)
match (1, 2):
    case (*everything,):
        print(everything)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")
match [1, 2, 3]:
    case [_, _, _]:
        print("three wildcards")
match [1, 2, 3]:
    case [*_]:
        print("any sequence")
match "abc":
    case [*_]:
        print("wrong: str is not a sequence")
    case _:
        print("str is not a sequence")

# nested
def nested(x):
    match x:
        case [(a, b), [c, *d], {"k": e}]:
            return (a, b, c, d, e)
        case [[[deep]]]:
            return deep
        case [1, [2, [3, rest]]]:
            return rest
    return None

print(nested([(1, 2), [3, 4, 5], {"k": 6, "other": 7}]))
print(nested([[[42]]]))
print(nested([1, [2, [3, "r"]]]))
print(nested([1, [2, [3]]]))

# or-patterns in sequences
def shape(p):
    match p:
        case [0, 0] | (0, 0, 0):
            return "origin"
        case [x, 0] | [0, x]:
            return f"on axis at {x}"
        case [x, y]:
            return f"point {x},{y}"
    return "?"
for p in [[0, 0], (0, 0, 0), [3, 0], [0, 4], [1, 2], [1, 2, 3]]:
    print(p, shape(p))

# command parsing, the PEP 636 way
def command(text):
    match text.split():
        case ["quit"]:
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["pick", "up", obj] | ["pick", obj, "up"]:
            return f"picking up {obj}"
        case _:
            return f"unknown: {text!r}"
for t in ["quit", "go north", "drop a b c", "drop", "pick up lamp", "pick lamp up", "dance"]:
    print(command(t))

# items are compared with ==
match [1.0, True]:
    case [1, 1]:
        print("1.0 == 1 and True == 1")

# large list with a star in the middle
big = list(range(100))
match big:
    case [0, 1, *middle, 98, 99]:
        print(len(middle), middle[0], middle[-1])

# star capture in a loop
total = 0
for i in range(1000):
    match [i, i + 1, i + 2]:
        case [a, *rest]:
            total += a + sum(rest)
print(total)
