class A:
    pass


class B:
    "Only a docstring."


class C:
    x = 1
    """not a docstring because it comes second"""


def f():
    pass


def g():
    """g's doc"""
    return 1


print(A.__doc__, B.__doc__, C.__doc__)
print(f.__doc__, g.__doc__)
print(B().__doc__)
print(f.__name__, g.__qualname__, f.__module__)
