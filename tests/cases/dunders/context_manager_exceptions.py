class Catch:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc, tb is not None)
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


with Catch(ValueError) as c:
    raise ValueError("bad value")
print("after 1, caught:", repr(c.caught))
with Catch(ValueError) as c:
    print("no error")
print("after 2, caught:", c.caught)
try:
    with Catch(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)


def f():
    with Catch(Exception):
        return "returned from with"


print(f())
for i in range(3):
    with Catch():
        if i == 1:
            continue
        print("body", i)
