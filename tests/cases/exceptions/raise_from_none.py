def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such key: %r" % k) from None


try:
    lookup({}, "x")
except LookupError as e:
    print(e)
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set manually")
print(repr(e.__cause__))
