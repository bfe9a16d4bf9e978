for x in [1.0, 2.5, -0.5, 0.1, 3.0, 1e300, -0.0, 1 / 3]:
    print(repr(x), x.is_integer(), x.hex(), x.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float("inf").is_integer(), float("nan").is_integer())
print(float.hex(float("inf")), (0.0).hex())
