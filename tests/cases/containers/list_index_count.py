a = list("mississippi")
print(a.index("s"), a.index("s", 3), a.index("s", 4), a.index("i", -4))
print(a.index("p", 0, 9))
try:
    a.index("p", 0, 8)
except ValueError as e:
    print("ValueError:", e)
print(a.count("s"), a.count("i"), a.count("z"))
b = [1, 1.0, True, "1", [1]]
print(b.count(1), b.index(True), b.count([1]), b.index("1"))
print([None, None].count(None), [[], []].index([]))
