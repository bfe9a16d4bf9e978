class Shape:
    def __init__(self, **kw):
        if kw:
            print("leftover", sorted(kw))
        super().__init__()


class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)


class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)


class Box(Colored, Sized):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

    def __repr__(self):
        return "Box(%s, %s, %s)" % (self.name, self.color, self.size)


print(Box("a"))
print(Box("b", color="red"))
print(Box("c", size=5, color="blue"))
print(Box("d", size=2, extra=1))
print([c.__name__ for c in Box.__mro__])
