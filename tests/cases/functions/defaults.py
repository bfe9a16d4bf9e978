def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9), f(a=0), f(c=1, b=2, a=3))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2), g(3, []), g(4))
N = 10
def h(v=N):
    return v
N = 20
print(h(), h(5))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
