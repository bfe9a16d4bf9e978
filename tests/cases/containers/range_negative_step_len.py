cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (0, -10, -4), (5, 5, 1), (5, 6, -1), (-3, 3, 2)]
for a, b, s in cases:
    r = range(a, b, s)
    print((a, b, s), len(r), list(r), r[0] if r else None, r[-1] if r else None)
print(range(10)[-3:], range(10)[::-3], range(0, 20, 5)[1:3])
print(list(range(10)[2:8][::2]))
