class P:
    @property
    def x(self):
        return 42


p = P()
print(p.x)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["x"] = "shadow?"
print(p.x)


class W:
    def _set(self, v):
        self._v = v * 2

    y = property(None, _set)


w = W()
w.y = 4
print(w._v)
try:
    w.y
except AttributeError as e:
    print("AttributeError:", e)
