# The special methods of int, float and bool called directly.
def t(f):
    """Prints f's result, or its exception as Type: message."""
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: int.__add__('a', 1))
t(lambda: int.__neg__('a'))
t(lambda: float.__add__(1, 1.0))
t(lambda: bool.__and__(1, True))
t(lambda: int.__and__(True, True))
t(lambda: bool.__and__(True, 1))
t(lambda: bool.__rand__(True, 1))
t(lambda: bool.__and__(True, 1.5))
t(lambda: bool.__or__(False, False))
t(lambda: (3).__pow__(2, None))
t(lambda: (3).__pow__(-1, 7))
t(lambda: (3).__pow__(2, 1.5))
t(lambda: (3).__rpow__(2, 5))
t(lambda: (2.0).__pow__(2, None))
t(lambda: (2.0).__pow__(2, 5))
t(lambda: (2.0).__rpow__(3))
t(lambda: (1.5).__divmod__(1))
t(lambda: (7).__rdivmod__(20))
t(lambda: float('nan').__int__())
t(lambda: float('inf').__int__())
t(lambda: (1).__lt__(2))
t(lambda: (1).__lt__(True))
t(lambda: (1.0).__lt__(2))
t(lambda: (1).__eq__(1.0))
t(lambda: (1.0).__ne__(True))
t(lambda: (1).__ne__('a'))
t(lambda: (1).__add__(1.0))
t(lambda: (1.0).__radd__(1))
t(lambda: (1).__truediv__(2))
t(lambda: (2).__truediv__(0))
t(lambda: int.__add__(True, 1))
t(lambda: (1.5).__int__())
t(lambda: True.__index__())
t(lambda: True.__int__())
t(lambda: (1).__bool__())
t(lambda: (0).__bool__())
t(lambda: (3).__float__())
t(lambda: (2**2000).__float__())
t(lambda: (-5).__abs__())
t(lambda: (-5.5).__abs__())
t(lambda: (1).__neg__())
t(lambda: True.__neg__())
t(lambda: True.__invert__())
t(lambda: True.__pos__())
t(lambda: (1).__rtruediv__(2))
t(lambda: (1).__rsub__(5))
t(lambda: (1.5).__rmod__(4))
t(lambda: (1.5).__rfloordiv__(4))
t(lambda: (2).__rlshift__(1))
t(lambda: (1).__divmod__(2))
t(lambda: (-1).__hash__())
t(lambda: (1.5).__hash__())
t(lambda: (2.0).__hash__())
t(lambda: (1).__mul__("ab"))
t(lambda: (1).__radd__("ab"))
t(lambda: (5).__index__())
t(lambda: (0.0).__bool__())
t(lambda: 2 ** 0.5)

class MyInt:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __radd__(self, o):
        return "MyInt.radd"
t(lambda: 1 + MyInt(1))
t(lambda: 1.5 + MyInt(1))
t(lambda: True + MyInt(1))
t(lambda: "ab" * MyInt(3))
t(lambda: sum([1, 2.5, True]))
t(lambda: pow(2, 10, 1000))
t(lambda: divmod(-7, 2))
t(lambda: abs(-3))

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return "Num(%s)" % self.v
t(lambda: sum([Num(1), Num(2)]))
t(lambda: 1 + Num(3))
