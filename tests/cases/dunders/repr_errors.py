class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)


class StrSub(str):
    pass


class ReturnsSub:
    def __str__(self):
        return StrSub("sub ok")


print(str(ReturnsSub()))
