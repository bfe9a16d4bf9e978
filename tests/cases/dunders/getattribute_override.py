class Audit:
    def __init__(self):
        self.a = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def method(self):
        return self.a + 1


x = Audit()
print(x.a, x.secret, x.method())
try:
    x.nope
except AttributeError as e:
    print("AttributeError:", e)
print(x.log)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


b = Both()
print(b.boom, b.whatever)
