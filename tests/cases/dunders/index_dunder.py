class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list("abcdefg")
print(data[Idx(2)], data[Idx(-1)])
print(data[Idx(1):Idx(5):Idx(2)])
print("hello"[Idx(1)], (1, 2, 3)[Idx(0)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), range(10)[Idx(4)])
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)))
print(int.__index__(9), operator_like := Idx(6).__index__())
try:
    data[1.5]
except TypeError as e:
    print("TypeError:", e)


class NoIndex:
    def __int__(self):
        return 1


try:
    data[NoIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(NoIndex()))
