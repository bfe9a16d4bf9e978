class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(op, _, _):
            raise ValueError("bad op " + op)


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Neg(x):
            return "-" + show(x)
        case BinOp(op, l, r):
            return "(%s %s %s)" % (show(l), op, show(r))


trees = [
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    Neg(Neg(Num(5))),
    BinOp("*", Num(0), BinOp("+", Num(1), Num(1))),
    BinOp("-", Neg(Num(4)), BinOp("*", Num(2), Num(-3))),
]
for t in trees:
    print(show(t), "=", evaluate(t))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
