fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
def outer(n):
    return [lambda: n * k for k in range(3)]
print([f() for f in outer(5)])
base = 100
print([base + i for i in range(3)])
def g():
    m = 7
    return [[m * i + j for j in range(2)] for i in range(3)]
print(g())
