class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in SingletonMeta._instances:
            print("creating", cls.__name__)
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        return SingletonMeta._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, value=0):
        self.value = value


class Logger(metaclass=SingletonMeta):
    pass


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
l1 = Logger()
l2 = Logger()
print(l1 is l2, l1 is a)
print(len(SingletonMeta._instances))
