class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
    NAMES = {1: "red", 2: "green", 3: "blue"}

    @staticmethod
    def name(c):
        return Color.NAMES[c]


print(Color.RED, Color.name(Color.GREEN))
consts = [(k, v) for k, v in vars(Color).items() if k.isupper() and isinstance(v, int)]
print(consts)


class Registry:
    handlers = {}

    @classmethod
    def register(cls, key):
        def deco(fn):
            cls.handlers[key] = fn
            return fn
        return deco


@Registry.register("add")
def add(a, b):
    return a + b


@Registry.register("mul")
def mul(a, b):
    return a * b


print(sorted(Registry.handlers))
print(Registry.handlers["add"](2, 3), Registry.handlers["mul"](2, 3))
