class Temp:
    def __init__(self):
        self.celsius = 20

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("property setter", v)
        self._c = v

    def __setattr__(self, name, value):
        print("__setattr__", name)
        super().__setattr__(name, value)


t = Temp()
t.celsius = 30
print(t.celsius, sorted(vars(t)))
object.__setattr__(t, "celsius", 5)
print(t.celsius)
