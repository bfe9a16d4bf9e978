def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)


def f(a, b, c=3):
    return a + b + c


def g(*, key, other):
    return key


def h(a, /, b):
    return a


class K:
    def m(self, x, y):
        pass


show(lambda: f())
show(lambda: f(1))
show(lambda: g())
show(lambda: g(key=1))
show(lambda: g(1, key=1, other=2))
show(lambda: h(b=2))
show(lambda: h(a=1, b=2))
show(lambda: K().m())
show(lambda: K().m(1))
show(lambda: K.m())
show(lambda: (lambda q: q)())
print(f(1, 2), g(key="k", other=0), h(1, 2))
