# One operator site seeing many type pairs: specializations must not shadow each other.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return "V.add"
    def __radd__(self, o): return "V.radd"
    def __lt__(self, o): return "V.lt"
    def __eq__(self, o): return "V.eq"
    def __contains__(self, o): return True
    def __neg__(self): return "V.neg"

def add(a, b):
    try:
        return a + b
    except TypeError as e:
        return "TypeError: " + str(e)

def lt(a, b):
    try:
        return a < b
    except TypeError as e:
        return "TypeError: " + str(e)

def eq(a, b): return a == b
def ne(a, b): return a != b
def contains(a, b):
    try:
        return a in b
    except TypeError as e:
        return "TypeError: " + str(e)
def neg(a):
    try:
        return -a
    except TypeError as e:
        return "TypeError: " + str(e)
def mul(a, b):
    try:
        return a * b
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
def mod(a, b):
    try:
        return a % b
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

vals = [1, 2.5, True, 1 << 70, "s", "t", [1], (2,), None, V(1), {1: 2}, {3}, range(3), -(1 << 80), 0, 0.0, False]
for a in vals:
    for b in vals:
        print(repr(add(a, b)), repr(lt(a, b)), repr(eq(a, b)), repr(ne(a, b)), repr(contains(a, b)), repr(mul(a, b)), repr(mod(a, b)))
    print(repr(neg(a)))
