values = [0, 1, 255, 256, 65535, 2 ** 32 + 5]
for v in values:
    n = max(1, (v.bit_length() + 7) // 8)
    be = v.to_bytes(n, "big")
    le = v.to_bytes(n, "little")
    print(v, be, le, int.from_bytes(be, "big"), int.from_bytes(le, "little"), be.hex())
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
data = "héllo wörld".encode("utf-8")
print(data.hex(" "), bytes.fromhex(data.hex()).decode())
checksum = sum(data) % 256
print(checksum, data.count(0xc3))
xored = bytes(b ^ 0x2A for b in data)
print(xored, bytes(b ^ 0x2A for b in xored).decode())
