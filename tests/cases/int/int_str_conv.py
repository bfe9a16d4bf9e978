for v in (0, 7, -7, 255, -255, 2 ** 40, -(2 ** 90), 10 ** 50):
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(str(-0), repr(10 ** 100))
print(format(255, "x"), format(255, "#X"), format(255, "o"), format(5, "b"), format(5, "08b"))
