# bytes % args (printf formatting with %b, bytes keys), hex() with separators, fromhex()
print(b"%%" % ())
print(b"=%d=" % 1, b"=%d=%d=" % (1, 2), b"%5.2f|%-4x|%c|%c" % (3.14159, 255, 65, b"z"))
print(b"=%s=" % b"str", b"=%r=" % b"str", b"%a" % "\xe9", b"%b" % bytearray(b"ba"))
print(bytearray(b"%s-%s") % (b"a", b"b"), b"%(k)s" % {b"k": b"v"})
class B:
    def __bytes__(self):
        return b"custom"
print(b"<%s>" % B())
for bad in (lambda: b"%s" % 1, lambda: b"%s" % "text", lambda: "%b" % b"x"):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"abcd".hex("-", 2), b"abcde".hex("-", 2), b"abcde".hex(":", -2), b"abc".hex(":"), b"".hex(), bytearray(b"\x01\xff").hex(b"_"))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("0102 0a"), bytes.fromhex(""))
for bad in ("0g", "abc", " 1"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
