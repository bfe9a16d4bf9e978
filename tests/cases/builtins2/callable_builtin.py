class WithCall:
    def __call__(self):
        return "called"


class Plain:
    pass


def f():
    pass


items = [f, lambda: 0, print, len, int, Plain, Plain(), WithCall(), 5, "s", [].append, str.upper, None, type]
print([callable(x) for x in items])
print(WithCall()())
