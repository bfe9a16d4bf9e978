def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [x, y, z]:
            return "three, sum=%r" % (x + y + z)
        case [first, *rest]:
            return "first=%r rest=%r" % (first, rest)


for s in [[], [1], (1, 2), [1, 2, 3], (4, 5, 6, 7), range(3), range(5)]:
    print(repr(s), "->", shape(s))
for s in ["ab", b"ab", {1, 2}, {"a": 1}, 5]:
    print(repr(s), "->", shape(s))
