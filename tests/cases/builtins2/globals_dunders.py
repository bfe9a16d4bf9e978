print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__)
"""Not the module docstring since it is not first."""
print(__doc__)


def f():
    return __name__


print(f(), f.__module__, f.__globals__ is globals())
