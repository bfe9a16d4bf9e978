b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], type(b[0]).__name__)
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b" pad ".strip(), b"xxhixx".strip(b"x"), b"a,b".partition(b","), b"-".join([b"a", b"b", b"c"]))
print(b.hex(), b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), b"abc".hex(":"), b"abcd".hex("-", 2))
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"a" + b"b", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"abc" < b"abd", b"" == bytes())
print(list(b"AZ"), b"%d-%s" % (5, b"x"), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace())
print(repr(b"quote'"), repr(b'dq"'), repr(b"\n\t\\"), b"\x7f\x80")
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: b"abc".decode("ascii").encode("ascii") + 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
