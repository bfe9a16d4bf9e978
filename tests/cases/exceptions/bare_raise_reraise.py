def process(x):
    try:
        return 100 // x
    except ZeroDivisionError:
        print("logging the error for", x)
        raise


for v in [5, 0]:
    try:
        print(process(v))
    except ZeroDivisionError as e:
        print("outer caught:", e)


def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise


try:
    nested()
except Exception as e:
    print("re-raised", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
