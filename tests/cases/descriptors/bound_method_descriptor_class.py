class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        fn = self.fn

        def bound(*args):
            return fn(obj, *args)
        return bound


class Greeter:
    def __init__(self, name):
        self.name = name

    @Method
    def hello(self, other):
        return self.name + " greets " + other


g = Greeter("ann")
print(g.hello("bob"))
h = g.hello
g.name = "changed"
print(h("carl"))
print(type(Greeter.hello).__name__)
