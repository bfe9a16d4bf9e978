class MyList(list):
    pass


class NotSeq:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


for subject in [[1, 2], (1, 2), MyList([1, 2]), range(1, 3), "12", b"12", bytearray(b"12"), NotSeq(), iter([1, 2]), {1: 0, 2: 0}]:
    match subject:
        case [a, b]:
            res = "sequence %r %r" % (a, b)
        case _:
            res = "no match"
    print(type(subject).__name__, "->", res)
