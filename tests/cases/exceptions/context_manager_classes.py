class suppress:
    def __init__(self, *exc):
        self.exc = exc

    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.exc)


class Capture:
    def __init__(self):
        self.lines = []

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def write(self, s):
        self.lines.append(s)


with suppress(KeyError, IndexError):
    {}["x"]
    print("not printed")
print("after suppress")
with suppress(KeyError):
    [][0] if False else None
    print("no exception at all")
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError escaped suppress(KeyError)")
cap = Capture()
with cap:
    print("hello", 1, file=cap)
    print("world", end="!", file=cap)
print(cap.lines)


class Closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *a):
        self.thing.close()


class Res:
    def close(self):
        print("closed")


with Closing(Res()) as r:
    print(type(r).__name__)
