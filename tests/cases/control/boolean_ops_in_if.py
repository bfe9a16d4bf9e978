def test(a, b, c):
    if a and b or c:
        r = 1
    else:
        r = 0
    if not (a or b) and not c:
        r += 10
    if a and not b or not a and b:
        r += 100
    return r
for a in (0, 1):
    for b in (0, 1):
        for c in (0, 1):
            print(a, b, c, test(a, b, c))
