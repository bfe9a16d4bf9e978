print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="ann", age=30))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "v"}))


class P:
    x = 3
    y = 4


print("{p.x},{p.y}".format(p=P()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=5))
print("{0:{1}}".format(3.14159, ".2f"))
print("{:*^{}}".format("mid", 11))
d = {"a": 1, "b": 2}
print("{a}-{b}".format_map(d), "{a}".format(**d))
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
