n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10", "010d", "+d", " d", "-d", ",", "_", "15,d", "x", "X", "#x", "#o", "#b", "o", "b", "_b", "08.3", "c"]:
    try:
        print(repr(spec).ljust(8), repr(format(n if spec != "c" else 65, spec)))
    except ValueError as e:
        print(repr(spec).ljust(8), "ValueError:", e)
for v in [0, -5, 255]:
    print(format(v, "+05d"), format(v, "#06x"), format(v, "=+8d"), format(v, "*<6"), format(v, "b"))
print(format(True, "d"), format(10 ** 20, ","), format(-1234, "_"))
print(f"{42:#010b}", f"{-42:x}", f"{255:#X}")
