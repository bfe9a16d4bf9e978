fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def g():
            return i * 10
        out.append(g)
    return out
print([g() for g in make()])
def make2():
    out = []
    for i in range(3):
        def wrap(j):
            return lambda: j * 10
        out.append(wrap(i))
    return out
print([g() for g in make2()])
