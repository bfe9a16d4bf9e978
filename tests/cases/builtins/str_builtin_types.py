print(str(int), repr(str), str(type(1.5)), bool.__name__)
print(int("  10  "), int("-0010"), float("  -0.5 "), str(0.1 + 0.2))
print(ascii("héllo ✓"), ascii(["é"]), repr("é"))
print(bin(-1), oct(64), hex(-1))
