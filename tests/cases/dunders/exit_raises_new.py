class Replacer:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            raise ValueError("replaced " + t.__name__)


try:
    with Replacer():
        raise KeyError("orig")
except ValueError as e:
    print("ValueError:", e)
    print("context:", repr(e.__context__))


class MissingExit:
    def __enter__(self):
        return 1


try:
    with MissingExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)


class MissingEnter:
    def __exit__(self, *a):
        pass


try:
    with MissingEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
