# literals, singletons, captures, wildcards, or-patterns, as-patterns, guards
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"str {s!r}"
        case _:
            return "other"

for v in [0, 1, 2, 3, -1, 1.5, "hello", "hi", b"bytes", None, True, False, 1000, "x", 50, [], 0.0, 1.0]:
    print(repr(v), classify(v))

# True == 1 but True is not 1: the literal 1 matches True by ==
match True:
    case 1:
        print("True matched 1")

match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")

# capture binds
match 42:
    case x:
        print("captured", x)
print("x after", x)

# guard failure leaves bindings
match 7:
    case y if y > 10:
        print("no")
    case _:
        print("y bound anyway:", y)

# no case matches: nothing happens
match 5:
    case 1:
        print("never")
print("after unmatched")

# as-pattern with or
match 3:
    case (1 | 3 | 5) as odd:
        print("odd", odd)

# value patterns with dotted names
class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"

def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
    return "unknown"

print(color(1), color(2), color("blue"), color(4))

# subject evaluated once
def subj():
    print("evaluating subject")
    return 10
match subj():
    case 1: print(1)
    case 2: print(2)
    case 10: print(10)

# __eq__ is called with subject on the left
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__", other)
        return True
match Eq():
    case 5:
        print("matched 5 via __eq__")

class Weird:
    def __eq__(self, other):
        return 0   # falsy
match Weird():
    case 1:
        print("no")
    case _:
        print("falsy __eq__ means no match")
