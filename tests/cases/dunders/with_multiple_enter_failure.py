class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress


try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body")
except RuntimeError as e:
    print("caught", e)
print("---")
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("k")
print("---")
try:
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
    print("continues after inner suppressed")
except KeyError:
    print("not reached")
