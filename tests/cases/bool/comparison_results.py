r = [1 < 2, 2 < 1, 1 == 1.0, "a" != "a", [] == [], () == [], None is None]
print(r, type(r[0]), sum(r))
print(True == (1 == 1), (1 < 2) + (2 < 3), (3 > 2) * 10)
flags = [x > 3 for x in range(7)]
print(flags, flags.count(True), flags.index(True), any(flags), all(flags))
print(int(True), float(False), str(True).lower(), bool("False"), not "")
