# captures bind in every kind of scope
match (1, 2):
    case (a, b):
        pass
print("module", a, b)

def f():
    match [3, 4]:
        case [c, d]:
            return c, d
print("function", f())

class C:
    match {"k": 5}:
        case {"k": e}:
            pass
print("class", C.e)

def outer():
    match "v":
        case str() as captured:
            pass
    def inner():
        return captured
    return inner()
print("closure", outer())

g = None
def set_global():
    global g
    match 99:
        case g:
            pass
set_global()
print("global", g)

def set_nonlocal():
    n = 0
    def inner():
        nonlocal n
        match 7:
            case n:
                pass
    inner()
    return n
print("nonlocal", set_nonlocal())

# captures are bound only when the whole pattern matches
z = "unbound"
match [1, 2]:
    case [z, 3]:
        pass
print("partial match does not bind:", z)

match [1, 2]:
    case [w, 3] | [2, w] | [1, w]:
        print("or binds from the matching alternative:", w)

# walrus in a guard
match [5, 6]:
    case [x, y] if (s := x + y) > 10:
        print("sum", s)

# the subject may be any expression, including a tuple without parentheses
match 1, 2:
    case (1, two):
        print("tuple subject", two)

match *[1, 2], 3:
    case [1, 2, three]:
        print("starred subject", three)

# match and case are soft keywords
match = [1]
case = 2
print(match, case)
match match:
    case [case]:
        print("soft keywords", case)

# break and continue inside case bodies
for i in range(10):
    match i:
        case 2:
            continue
        case 5:
            break
        case _:
            print("i", i)

def ret(x):
    while True:
        match x:
            case 0:
                return "zero"
            case _:
                x -= 1
print(ret(3))

# exceptions raised in a case body propagate; in guards too
try:
    match 1:
        case 1 if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)
