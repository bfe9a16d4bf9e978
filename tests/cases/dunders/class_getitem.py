class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)


print(Box[int])
print(Box["x"])


class Sub(Box):
    pass


print(Sub[str])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
