class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, x):
        print("init called with", x)
        self.x = x


w = Weird(5)
print(type(w).__name__, w.x)
w2 = Weird(-1)
print(w2)


class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


print(Pos(-7), Pos(3) + 1, type(Pos(-2)).__name__)


class Tracked:
    def __new__(cls):
        obj = object.__new__(cls)
        obj.created = True
        return obj


t = Tracked()
print(t.created)
