# The special-method protocol: reflected operands, subclass priority, NotImplemented,
# in-place operators.
def t(f):
    """Prints f's result, or its exception as Type: message."""
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return ("radd", self.x, o)
    def __mul__(self, o):
        return ("mul", self.x, o)
    def __rsub__(self, o):
        return ("rsub", self.x, o)
    def __neg__(self):
        return ("neg", self.x)
    def __invert__(self):
        return "inv"
    def __lt__(self, o):
        return ("lt", self.x)
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
    def __hash__(self):
        return self.x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __pow__(self, o):
        return "pow"
    def __rpow__(self, o):
        return "rpow"
    def __matmul__(self, o):
        return "matmul"
    def __contains__(self, item):
        return item == 3
    def __truediv__(self, o):
        return NotImplemented

class W(V):
    def __radd__(self, o):
        return ("W.radd", self.x)

class Plain:
    pass

class OnlyGt:
    def __gt__(self, o):
        return "gt called"

class It:
    def __iter__(self):
        return iter([1, 2, 3])

class Idx:
    def __index__(self):
        return 2

class IAdd:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self):
        return "IAdd" + repr(self.items)

class NoI:
    def __add__(self, o):
        return "add"

t(lambda: V(1) + V(2))
t(lambda: V(1) + 5)
t(lambda: 5 + V(1))
t(lambda: "s" + V(1))
t(lambda: [1] + V(1))
t(lambda: V(1) + "s")
t(lambda: V(1) + W(2))
t(lambda: W(2) + V(1))
t(lambda: 3 * V(1))
t(lambda: V(1) * 3)
t(lambda: 3 - V(1))
t(lambda: V(1) - 3)
t(lambda: -V(1))
t(lambda: ~V(1))
t(lambda: +V(1))
t(lambda: V(1) < V(2))
t(lambda: V(1) > V(2))
t(lambda: V(1) == V(1))
t(lambda: V(1) != V(1))
t(lambda: V(1) != V(2))
t(lambda: V(1) == 1)
t(lambda: 1 == V(1))
t(lambda: Plain() == Plain())
t(lambda: Plain() != Plain())
t(lambda: Plain() < Plain())
t(lambda: Plain() < 1)
t(lambda: 1 < OnlyGt())
t(lambda: OnlyGt() < OnlyGt())
t(lambda: V(1) ** 2)
t(lambda: 2 ** V(1))
t(lambda: pow(V(1), 2))
t(lambda: V(1) @ 2)
t(lambda: 2 @ V(1))
t(lambda: 3 in V(0))
t(lambda: 4 in V(0))
t(lambda: 2 in It())
t(lambda: 5 in It())
t(lambda: 1 in Plain())
t(lambda: [1, 2] * Idx())
t(lambda: Idx() * "ab")
t(lambda: V(1) / 2)
t(lambda: 2 / V(1))
t(lambda: hash(V(7)))
t(lambda: V(7) in {V(7): 1})
t(lambda: V(7) in [V(7)])
t(lambda: Plain() + 1)
t(lambda: 1 + Plain())
t(lambda: Plain() ** 1)
t(lambda: -Plain())

def aug():
    a = IAdd()
    a += 1
    a += "x"
    print(a)
    b = NoI()
    b += 1
    print(b)
    n = 5
    n += 1
    n -= 10
    n *= 3
    n **= 2
    n //= 7
    n %= 5
    n <<= 70
    n >>= 68
    n |= 1
    n &= 7
    n ^= 2
    print(n)
    s = "a"
    s += "b"
    s *= 3
    print(s)
    l = [1]
    l2 = l
    l += [2]
    l += (3,)
    l += "ab"
    l += l
    print(l, l is l2)
    l *= 2
    print(len(l), l is l2)
    l *= 0
    print(l, l is l2)
    tp = (1,)
    tp2 = tp
    tp += (2,)
    print(tp, tp2)
    f = 1.5
    f += 1
    f /= 2
    print(f)
    try:
        n = 1
        n += "a"
    except TypeError as e:
        print(e)
    try:
        n **= "a"
    except TypeError as e:
        print(e)
    try:
        l = [1]
        l += 1
    except TypeError as e:
        print(e)
    try:
        l *= 1.5
    except TypeError as e:
        print(e)
    try:
        s = "a"
        s += 1
    except TypeError as e:
        print(e)
    try:
        p = Plain()
        p @= 1
    except TypeError as e:
        print(e)
aug()
