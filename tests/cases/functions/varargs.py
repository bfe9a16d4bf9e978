def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), f(*range(4)), f(*"ab", *[1, 2]))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(x=1), h(b=2, a=1), h(**{"z": 0}, y=1))
def k(a, b=0, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(k(1, c=3))
print(k(1, 2, 3, 4, c=5, e=6, d=7))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100), total())
