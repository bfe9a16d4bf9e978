class Empty:
    def __len__(self):
        print("__len__")
        return 0


class Full:
    def __len__(self):
        print("__len__")
        return 3


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v)
        return self.v

    def __len__(self):
        print("never called when __bool__ exists")
        return 1


class Plain:
    pass


print(bool(Empty()), bool(Full()), bool(Plain()))
print(bool(Flag(False)), bool(Flag(True)))
if Flag(True) and not Empty():
    print("branch taken")
x = Flag(False) or "fallback"
print(x)
y = Flag(True) and "second"
print(y)
n = 0
f = Full()
while f and n < 2:
    n += 1
print(n)
print([bool(v) for v in (Empty(), Full())])
