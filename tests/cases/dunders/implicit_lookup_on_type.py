class C:
    def __len__(self):
        return 5

    def __repr__(self):
        return "C-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__())
print(repr(c), c.__repr__())
C.__len__ = lambda self: 7
print(len(c))


class Meta(type):
    def __len__(cls):
        return 123

    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"


class D(metaclass=Meta):
    def __len__(self):
        return 1


print(len(D), len(D()), repr(D))
