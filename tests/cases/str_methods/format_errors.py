checks = [
    lambda: format(1.5, "d"),
    lambda: format(10, ".2d"),
    lambda: format("s", "=10"),
    lambda: format(1, "zz"),
    lambda: "{:,s}".format("x"),
    lambda: "{0!x}".format(1),
    lambda: "{".format(1),
    lambda: "}".format(1),
    lambda: "{0.missing}".format(1),
    lambda: "{0[5]}".format([1]),
]
for c in checks:
    try:
        print(c())
    except (ValueError, AttributeError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
