def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(y * 10)
    return middle(x * 2)
print(outer(1), outer(5))
def make_ops():
    def a(): return "a"
    def b(): return a() + "b"
    return b
print(make_ops()())
def recurse_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recurse_inner(10))
