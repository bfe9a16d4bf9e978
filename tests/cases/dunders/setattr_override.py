class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
        object.__setattr__(self, "_frozen", True)

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError("cannot set %r: frozen" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("cannot delete %r: frozen" % name)


f = Frozen(x=1, y=2)
print(f.x, f.y)
try:
    f.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.y
except AttributeError as e:
    print("AttributeError:", e)
print(f.x, f.y)


class Recorder:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)


r = Recorder()
r.c = 3
r.s = "str"
print(vars(r))
setattr(r, "d", 4)
print(r.d)
