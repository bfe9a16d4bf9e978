def handler_fails():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("handler failed")


try:
    handler_fails()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))


def handler_fails_finally():
    try:
        raise ValueError("original")
    except ValueError:
        print("in except")
    finally:
        print("in finally")
        raise KeyError("finally error")


try:
    handler_fails_finally()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
