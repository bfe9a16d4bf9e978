for v in [1, 10, 100, 1e5, 1e6, 1e15, 1e16, 1e17, 0.1, 0.0001, 0.00001, 123456.7, 1234567.8, 1.0, 1.5, 12.0]:
    print(repr(v), format(v, "g"), format(v, ".2g"), format(v, "#g"), format(v, ""), str(v), format(v, "n"))
