class E(Exception):
    pass


cases = [E(), E("msg"), E(1, 2), E(None), E(""), E(["a"])]
for e in cases:
    print(repr(e), "str=%r" % str(e), e.args)
k = KeyError("key")
print(repr(k), str(k))
k2 = KeyError("a", "b")
print(repr(k2), str(k2))
print(str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))


class WithStr(Exception):
    def __str__(self):
        return "custom str"


print(repr(WithStr("x")), str(WithStr("x")))
