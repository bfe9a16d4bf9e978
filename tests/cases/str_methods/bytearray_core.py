ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:5] = b"ELLO"
print(ba)
ba[0:1] = b""
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.reverse()
print(ba)
ba.remove(ord("L"))
print(ba, ba.count(b"L"), ba.find(b"O"))
print(ba.decode(), bytes(ba), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
del ba[::2]
print(ba, ba.upper(), ba + b"!", type(ba + b"!").__name__)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"))
c = bytearray(b"x")
c *= 3
print(c, c.hex())
