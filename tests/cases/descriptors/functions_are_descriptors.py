def f(self, x):
    return ("f", type(self).__name__, x)


class A:
    pass


a = A()
bound = f.__get__(a, A)
print(bound(1))
print(bound.__self__ is a, bound.__func__ is f)
print(f.__get__(None, A) is f)
A.m = f
print(a.m(2))
print(A.m is f)
print(hasattr(f, "__get__"), hasattr(f, "__set__"))
print(type(bound).__name__)
