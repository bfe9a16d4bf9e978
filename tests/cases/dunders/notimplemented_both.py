class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented

    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented

    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented


class B:
    def __radd__(self, o):
        print("B.__radd__")
        return NotImplemented

    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented

    def __gt__(self, o):
        print("B.__gt__")
        return NotImplemented


a, b = A(), B()
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print(a == b)
print(a == a)
print(a != b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(bool(NotImplemented) if False else type(NotImplemented).__name__)
print(repr(NotImplemented))
