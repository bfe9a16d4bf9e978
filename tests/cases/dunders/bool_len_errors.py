class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class BigLen:
    def __len__(self):
        return 2 ** 100


for obj, op in [(BadBool(), bool), (NegLen(), len), (NegLen(), bool), (StrLen(), len), (BigLen(), len)]:
    try:
        print(op(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
