def classify(p):
    match p:
        case [(0, 0), (0, 0)]:
            return "degenerate at origin"
        case [(x1, y1), (x2, y2)] if x1 == x2:
            return "vertical x=%d" % x1
        case [(x1, y1), (x2, y2)] if y1 == y2:
            return "horizontal y=%d" % y1
        case [(x1, y1), (x2, y2)]:
            return "slope %.2f" % ((y2 - y1) / (x2 - x1))
        case [[a, b], [c, d], *others]:
            return "polyline with %d points" % (2 + len(others))
        case _:
            return "not a segment"


for seg in [[(0, 0), (0, 0)], [(1, 2), (1, 9)], [(0, 3), (5, 3)], [(0, 0), (2, 1)], [[0, 0], [1, 1], [2, 2]], [(1, 2)], "xy"]:
    print(seg, "->", classify(seg))
