def a(x):
    return b(x) * 2
def b(x):
    return c(x) + 1
def c(x):
    return 100 // x
print(a(5))
print(a(0))
