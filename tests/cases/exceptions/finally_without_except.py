def f(x):
    try:
        print("try", x)
        if x:
            raise ValueError(x)
        print("no error")
    finally:
        print("finally", x)


f(0)
try:
    f(1)
except ValueError as e:
    print("caught outside", e)


def g():
    for i in range(3):
        try:
            if i == 1:
                return "returned at %d" % i
        finally:
            print("cleanup", i)


print(g())
