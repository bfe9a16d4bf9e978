class OldStyle:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return chr(ord("a") + i)


o = OldStyle()
print(list(o))
print("c" in o)
print("z" in o)
it = iter(o)
print(next(it), next(it))
print(type(it).__name__)


class Mapping:
    def __getitem__(self, key):
        return key * 2


m = Mapping()
print(m["ab"], m[3], m[(1, 2)])
try:
    for x in m:
        print(x)
        if x > 4:
            break
except TypeError as e:
    print("TypeError:", e)
