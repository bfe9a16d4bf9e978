# bytes and bytearray: ASCII-only case conversion and tests, padding, translate
for b in (b"hello World 12", b"\xe9t\xc9", b"", b"ABC", b"abc", b"Title Case", b"  \t\n"):
    print(b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title())
    print(b.isupper(), b.islower(), b.istitle(), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isascii())
ba = bytearray(b"mixed Case")
print(ba.upper(), ba.title(), ba.isalpha(), type(ba.swapcase()).__name__)
print(b"12".zfill(5), b"-3".zfill(4), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"."))
print(bytearray(b"x").center(5), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"abc".translate(None, b"b"), b"abc".translate(bytes(range(255, -1, -1))), bytearray(b"aXb").translate(None, b"X"))
try:
    b"ab".center(5, b"**")
except TypeError as e:
    print(e)
