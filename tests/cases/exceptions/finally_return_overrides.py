def f():
    try:
        return "try"
    finally:
        return "finally"


def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            return "continue in finally discarded exceptions until i=%d" % i


def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x, "after return value computed")


print(f())
print(g())
print(h())
print(k())
