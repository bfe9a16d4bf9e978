def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)


def f(a, b=2):
    return a


def g():
    return 0


def k(a, **kw):
    return kw


class C:
    def m(self):
        pass

    def __init__(self, v):
        self.v = v


show(lambda: f(1, 2, 3))
show(lambda: g(1))
show(lambda: f(1, c=3))
show(lambda: f(1, a=1))
show(lambda: k(1, a=2))
show(lambda: C(1).m(2))
show(lambda: C(1, 2))
show(lambda: C())
show(lambda: len([], []))
show(lambda: abs())
show(lambda: f(**{"a": 1, "z": 2}))
print(k(1, b=2, c=3))
