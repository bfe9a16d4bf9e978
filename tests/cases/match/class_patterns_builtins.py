def kind(x):
    match x:
        case bool(b):
            return "bool %r" % b
        case int(n) if n < 0:
            return "negative int %d" % n
        case int(n):
            return "int %d" % n
        case float(f):
            return "float %r" % f
        case str() as s if not s:
            return "empty str"
        case str(s):
            return "str of len %d" % len(s)
        case list([]):
            return "empty list"
        case list([first, *_]):
            return "list starting with %r" % (first,)
        case tuple((a, b)):
            return "pair %r %r" % (a, b)
        case dict({"k": v}):
            return "dict with k=%r" % (v,)
        case bytes(bs):
            return "bytes %r" % bs
        case set() | frozenset():
            return "some set of %d" % len(x)
        case _:
            return "other " + type(x).__name__


for v in [True, -3, 7, 1.5, "", "abc", [], [9, 8], (1, 2), (1, 2, 3), {"k": 0}, b"x", {1}, frozenset(), None]:
    print(repr(v), "->", kind(v))
