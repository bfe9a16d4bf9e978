for n in [0, 1, 2, 7, 8, 255, 256, -1, -8, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length(), bin(n), n.bit_count() if hasattr(n, "bit_count") else None)
print((1000).to_bytes(2, "big"), (1000).to_bytes(2, "little"), (1000).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\x03\xe8", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 0], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (7).__index__(), True.bit_length())
