def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError as e:
            raise TypeError("cannot convert %r" % v) from e
    return out


print(convert(["1", "2"]))
try:
    convert(["3", "x"])
except TypeError as e:
    print(e, "<-", e.__cause__)


def wrap():
    try:
        raise KeyError("inner")
    except KeyError as e:
        err = e
    raise RuntimeError("outside handler")


try:
    wrap()
except RuntimeError as e:
    print(repr(e), "context:", e.__context__)
