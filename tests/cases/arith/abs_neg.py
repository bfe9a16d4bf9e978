for v in (0, 1, -1, 2 ** 63, -(2 ** 63), -(2 ** 64), 3.5, -3.5, -0.0, True, False):
    print(repr(v), abs(v), -v, +v)
print(abs(3 + 4j), abs(-2j), abs(-1e300))
