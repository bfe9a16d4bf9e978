registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls


def tag(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco


@register
@add_repr
@tag("first")
class Alpha:
    def __init__(self, a, b):
        self.a = a
        self.b = b


@register
@add_repr
class Beta:
    def __init__(self):
        self.items = [1, 2]


print(sorted(registry))
print(Alpha(1, "x"), Beta())
print(Alpha.label)
print(registry["Alpha"] is Alpha)


def replace_with_function(cls):
    return lambda: "replaced " + cls.__name__


@replace_with_function
class Gone:
    pass


print(Gone())
