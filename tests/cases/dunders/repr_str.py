class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "StrOnly-str"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, str(b), repr(b))
print(r, str(r), repr(r))
print(s, str(s))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b))
print(f"{b} {b!r} {b!s} {r}")
print(str([s]).startswith("[<__main__.StrOnly object at"))
print("{} {!r}".format(b, b))
