def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, y=10, /):
    return x * y
print(g(2), g(2, 3))
def h(a, /, **kw):
    return a, sorted(kw)
print(h(1, a=2, b=3))
def p(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(p(1, d=4))
print(p(1, 20, 30, 40, 50, d=4, z=0))
