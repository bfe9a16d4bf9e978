def f():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("second")


try:
    f()
except ValueError:
    print("not this")
except RuntimeError as e:
    print("caught", e, "with context", repr(e.__context__))


def g():
    try:
        return "value"
    finally:
        raise IndexError("finally raises after return")


try:
    g()
except IndexError as e:
    print("caught", e, e.__context__)
