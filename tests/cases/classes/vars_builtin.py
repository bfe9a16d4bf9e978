class Config:
    debug = False
    level = 3

    def __init__(self):
        self.name = "cfg"
        self.values = [1, 2]


c = Config()
print(vars(c))
c.extra = True
print(vars(c))
names = sorted(k for k in vars(Config) if not k.startswith("__"))
print(names)
print(vars(Config)["level"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class S:
    __slots__ = ("a",)


try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
