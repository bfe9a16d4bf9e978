try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)
    print(e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except ValueError as e:
    print("finally raise context:", repr(e.__context__))

try:
    try:
        raise TypeError("a")
    except TypeError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise RuntimeError("c")
except RuntimeError as c:
    chain = []
    x = c
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(" <- ".join(chain))
