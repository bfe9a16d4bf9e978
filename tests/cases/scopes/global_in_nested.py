g = 0
def outer():
    g = 100
    def inner():
        global g
        g += 1
        return g
    return inner(), g
print(outer(), g)
def outer2():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def innermost():
            global g
            g = x * 100
        innermost()
    inner()
    return x
print(outer2(), g)
