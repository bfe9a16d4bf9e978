print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-8), bin(0), bin(5), bin(-5), bin(2 ** 20))
print(chr(0x41), ord("A"), chr(0x263A), ord("\u263a"), [chr(i) for i in range(0x61, 0x66)])
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
