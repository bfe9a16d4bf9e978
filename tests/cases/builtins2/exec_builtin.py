ns = {}
exec("x = 5\ny = x * 2\ndef f(a):\n    return a + y\n", ns)
print(ns["x"], ns["y"], ns["f"](1))
print(sorted(k for k in ns if not k.startswith("__")))
exec("z = 100", globals())
print(z)
g = {"base": 10}
l = {}
exec("result = base + 1", g, l)
print(l, "result" in g)
code = """
total = 0
for i in range(5):
    total += i
"""
exec(code, ns)
print(ns["total"])
r = exec("1 + 1")
print(r)
try:
    exec("1 +", {})
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    exec("undefined_name_here", {})
except NameError as e:
    print("NameError:", e)
