def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {"+": add, "-": sub, "*": mul}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(len, "abc"), apply(max, 3, 9, 2))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(add.__name__, (lambda: 0).__name__, callable(add), callable(5))
fs = [add, sub, mul]
print([f(10, 2) for f in fs])
