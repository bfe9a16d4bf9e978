def parts(seq):
    match seq:
        case [*_, 0]:
            return "ends with zero"
        case [0, *middle, 0]:
            return "impossible (caught above)"
        case [first, *middle, last]:
            return "first=%r middle=%r last=%r" % (first, middle, last)
        case [*everything]:
            return "short: %r" % everything


for s in [[1, 2, 0], [0, 5, 0], [1, 2, 3, 4], [1, 2], [1], [], (9, 8, 7)]:
    print(s, "->", parts(s))
match [1, 2, 3, 4, 5]:
    case [a, b, *rest] if len(rest) > 2:
        print("long", a, b, rest)
match (1, 2, 3):
    case (*init, last):
        print(init, type(init).__name__, last)
