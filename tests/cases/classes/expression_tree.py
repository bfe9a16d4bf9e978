class Expr:
    def evaluate(self, env):
        raise NotImplementedError

    def __repr__(self):
        return self.show()


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def evaluate(self, env):
        return self.v

    def show(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Expr):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a // b}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def evaluate(self, env):
        return self.ops[self.op](self.left.evaluate(env), self.right.evaluate(env))

    def show(self):
        return "(%s %s %s)" % (self.left.show(), self.op, self.right.show())


e = BinOp("+", Num(2), BinOp("*", Var("x"), BinOp("-", Var("y"), Num(1))))
print(e)
for x, y in [(1, 1), (3, 4), (-2, 10)]:
    print(x, y, e.evaluate({"x": x, "y": y}))
e2 = BinOp("/", e, Num(3))
print(e2, e2.evaluate({"x": 5, "y": 5}))
try:
    e.evaluate({"x": 1})
except KeyError as k:
    print("KeyError:", k)
