for v in [0, 7, -7, 255, 65535, -65536, 10 ** 12]:
    print(f"{v:b}|{v:o}|{v:x}|{v:X}|{v:#b}|{v:#o}|{v:#x}|{v:#X}|{v:c}|" if 0 <= v < 300 else f"{v:b}|{v:o}|{v:x}|{v:X}|{v:#x}|{v:,d}|{v:_x}|")
print(f"{1234567:_d}", f"{0xabcdef:_x}", f"{255:#010x}", f"{-255:#010x}", f"{5:+#b}")
print(f"{65:c}{66:c}{67:c}", f"{42:e}" if False else f"{42:f}", f"{42:.2e}", f"{42:%}", f"{42:g}")
