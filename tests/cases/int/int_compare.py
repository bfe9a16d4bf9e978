big = 2 ** 200
vals = [0, -1, 1, big, -big, big + 1, 2 ** 63, 2 ** 63 - 1, -(2 ** 63)]
for a in vals:
    print([int(a < b) for b in vals], [int(a == b) for b in vals])
print(max(vals), min(vals), sorted(vals))
print(big == big + 0, big is not None, big != big - 1)
