class Outer:
    """Outer docstring."""

    class Inner:
        def method(self):
            pass

    def meth(self):
        "meth doc"
        def local():
            pass
        return local


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.meth.__name__, Outer.meth.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer().meth().__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
print(Outer.__doc__)
print(Outer.Inner.__doc__)
print(Outer.meth.__doc__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__)
print(o.__doc__)


def factory():
    class Local:
        pass
    return Local


L = factory()
print(L.__name__, L.__qualname__)
print(type(L()).__qualname__)
