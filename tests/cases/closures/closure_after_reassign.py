def f():
    x = 1
    g = lambda: x
    x = 2
    r1 = g()
    x = 3
    return r1, g()
print(f())
def h():
    fs = []
    v = 0
    while v < 3:
        fs.append(lambda: v)
        v += 1
    return [q() for q in fs]
print(h())
