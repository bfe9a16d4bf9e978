class LoggedList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        print("getitem", i, "->", r)
        return r


l = LoggedList([1, 2])
l.append(3)
l[0] = 10
print(l[1])
print(l)
l.extend([4])
l += [5]
print(l, type(l).__name__)
print(sum(l), len(l))
print([x for x in l])
