x = 12345.6789
for spec in ["", "f", ".2f", "10.1f", "<12.3f", "^12.1f", "+.0f", ",.2f", "_.1f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "012.2f"]:
    print(repr(spec).ljust(8), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1.5, 2.5, 1e16, 123456789.0, float("inf"), float("-inf"), float("nan")]:
    print(repr(v).ljust(14), format(v, ""), format(v, ".2f"), format(v, "g"), format(v, ".3e"), format(v, "10.4g") + "|")
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"), round(2.675, 2))
print(f"{3.14159:.3}", f"{1/3:.5f}", f"{100:.2f}", f"{7:e}")
