print(len("héllo"), len(b"h\xc3\xa9llo"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len({1, 2}), len(range(0, 10, 3)))
print(len(frozenset("aab")), len(bytearray(4)), len(""), len({}.keys()), len(dict(a=1, b=2).items()))


class Sized:
    def __len__(self):
        return 7


print(len(Sized()))
try:
    len(iter([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    len(3.5)
except TypeError as e:
    print("TypeError:", e)
