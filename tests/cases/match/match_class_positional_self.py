for v in [5, 2.5, "s", b"b", [1], (1,), {"k": 1}, {1}, True, bytearray(b"x"), frozenset([2])]:
    match v:
        case int(x) | float(x) | str(x) | bytes(x) | bytearray(x):
            print(type(v).__name__, "self-match", repr(x))
        case list(x) | tuple(x) | dict(x) | set(x) | frozenset(x):
            print(type(v).__name__, "container self-match", x == v)
