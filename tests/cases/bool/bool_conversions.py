print(bool(), bool(0), bool(1), bool(-0.0), bool(float("nan")), bool(" "), bool([None]), bool(range(1)))
print(True.__class__.__name__, bool(True), bool(False), bool(2 ** 100), bool(-1))
print(True is bool(1), False is bool(0), True + True + True, -False, True // 2)
print(f"{True:d} {False:>5} {True!r} {True:5}|")
