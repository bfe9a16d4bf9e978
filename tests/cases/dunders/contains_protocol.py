class WithContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0


class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])


class ReturnsInt:
    def __contains__(self, x):
        return 5


w = WithContains()
print(4 in w, 3 in w, 3 not in w)
i = WithIter()
print(2 in i, 7 in i, 7 not in i)
print(1 in ReturnsInt(), 1 not in ReturnsInt())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
