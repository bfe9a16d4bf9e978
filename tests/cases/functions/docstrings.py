def f():
    """This is the docstring."""
    return 1
def g():
    "single line doc"
def h():
    x = "not a docstring"
    return x
print(f(), f.__doc__, g.__doc__, h.__doc__, h())
