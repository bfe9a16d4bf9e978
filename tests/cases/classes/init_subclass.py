class Base:
    subclasses = []

    def __init_subclass__(cls, prefix="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)
        print("init_subclass", cls.__name__, prefix)


class A(Base):
    pass


class B(Base, prefix="bee"):
    pass


class C(B, prefix="sea"):
    pass


class D(C):
    pass


print(Base.subclasses)
print(A.prefix, B.prefix, C.prefix, D.prefix)
print(hasattr(Base, "prefix"))


class Strict:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " must define required")
        super().__init_subclass__(**kwargs)


class Ok(Strict):
    required = 1


try:
    class NotOk(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Ok.required)
