s = "python"
for spec in ["", "10", "<10", ">10", "^10", "*^10", "-<9", ".3", "10.2", ">3", "s"]:
    print(repr(spec).ljust(7), "[" + format(s, spec) + "]")
print("[%s]" % format("", "^4"))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
rows = [("apple", 1.5, 10), ("banana", 0.25, 120), ("kiwi", 12.0, 3)]
print("{:<8}|{:>7}|{:>5}".format("item", "price", "qty"))
for name, price, qty in rows:
    print("{:<8}|{:>7.2f}|{:>5d}".format(name, price, qty))
