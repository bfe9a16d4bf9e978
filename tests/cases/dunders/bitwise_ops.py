class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & int(o))

    def __or__(self, o):
        return Bits(self.v | int(o))

    def __xor__(self, o):
        return Bits(self.v ^ int(o))

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __rand__(self, o):
        return Bits(o & self.v)

    def __ror__(self, o):
        return Bits(o | self.v)

    def __rxor__(self, o):
        return Bits(o ^ self.v)

    def __rlshift__(self, o):
        return Bits(o << self.v)

    def __rrshift__(self, o):
        return Bits(o >> self.v)

    def __int__(self):
        return self.v

    def __repr__(self):
        return "Bits(%s)" % bin(self.v)


b = Bits(0b1100)
print(b & 0b1010, b | 0b0011, b ^ 0b1111)
print(b << 2, b >> 2)
print(0b1010 & b, 0b0011 | b, 0b1111 ^ b)
print(1 << Bits(4), 256 >> Bits(3))
print(b & Bits(0b0100))
x = Bits(1)
x |= 6
x <<= 1
x ^= 2
print(x)
