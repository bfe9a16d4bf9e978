r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2])
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9))
print(8 in r, 9 in r, 20 in r, 2.0 in r)
print(r[1:4], r[::-1], list(r[::-1]), r[::2])
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2))
print(list(range(10, 0, -2)), list(range(0, -5, -1)), list(range(5, 5)), len(range(10, 0)))
print(range(3), range(1, 4), range(1, 10, 2), repr(range(0, 5, 1)))
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], 10 ** 17 * 7 in big)
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(1, 4))), sum(range(101)), max(range(-5, 5)))
print(bool(range(0)), bool(range(1)))
