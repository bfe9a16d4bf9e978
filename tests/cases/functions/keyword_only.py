def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2), f(1, b=2, c=10), f(a=5, b=5))
def g(*, x, y):
    return x - y
print(g(x=10, y=3), g(y=10, x=3))
def h(a, *args, key=None):
    return (a, args, key)
print(h(1, 2, 3), h(1, key="k"), h(1, 2, key=0))
