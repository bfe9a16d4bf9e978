print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a * 2", {}, {"a": 21}))
x = 7
print(eval("x + 1"), eval("len('hello')"))
env = {"__builtins__": {}}
try:
    eval("len('x')", env)
except NameError as e:
    print("NameError:", e)
print(eval("  42  "), eval("(1, 2)"), eval("{'k': [1]}"), eval("None"))
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError for statement in eval")
exprs = ["2 ** 10", "10 // 3", "10 % 3", "-7 // 2", "abs(-3) + max(1, 5)", "sum(range(101))"]
for e in exprs:
    print(e, "=", eval(e))
print(eval(compile("3 * 3", "<expr>", "eval")))
