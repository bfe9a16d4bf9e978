for n in [0, 9, 10, 255, 4096, -42]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(42), 2), int(oct(42), 8), int(hex(42), 16), int("0o52", 0), int("0x2A", 0))
print([ord(c) for c in "AZaz09 "], "".join(chr(c) for c in range(97, 103)))
print(chr(0x263A), ord("\n"), hex(ord("€")))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
