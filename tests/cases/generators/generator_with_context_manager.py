class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)


def gen():
    with Tracker("in-gen"):
        yield 1
        yield 2
    yield 3


for x in gen():
    print("value", x)
g = gen()
next(g)
g.close()
print("---")
g = gen()
next(g)
try:
    g.throw(ValueError)
except ValueError:
    print("ValueError escaped")
