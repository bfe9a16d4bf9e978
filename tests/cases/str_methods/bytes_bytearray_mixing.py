b = b"abc"
ba = bytearray(b"abc")
print(b + ba, type(b + ba).__name__, ba + b, type(ba + b).__name__)
print(b == ba, b in [ba], ba.startswith(b"a"), b.find(bytearray(b"c")))
print(b"-".join([b"x", bytearray(b"y")]), bytearray(b"-").join([b"x", b"y"]))
h = {b: 1}
print(h[b"abc"])
try:
    {ba: 1}
except TypeError as e:
    print("TypeError:", e)
mv = bytes(ba)
ba[0] = 65
print(mv, ba)
print(ba.lower(), ba.isupper(), ba.replace(b"A", b"aa"), list(ba))
