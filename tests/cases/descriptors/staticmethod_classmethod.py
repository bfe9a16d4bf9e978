class Math:
    factor = 10

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def scaled(cls, x):
        return x * cls.factor

    @classmethod
    def create(cls):
        return cls()


class Sub(Math):
    factor = 100


print(Math.add(1, 2), Math().add(3, 4))
print(Math.scaled(2), Sub.scaled(2), Sub().scaled(3))
print(type(Math.create()).__name__, type(Sub.create()).__name__)
sm = Math.__dict__["add"]
cm = Math.__dict__["scaled"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5, 6))
print(cm.__func__(Sub, 1))
bound = Sub.scaled
print(bound.__self__ is Sub, bound.__func__ is cm.__func__)
print(Math.add is Math.__dict__["add"].__func__)
f = staticmethod(lambda: "plain")
print(f.__func__())
