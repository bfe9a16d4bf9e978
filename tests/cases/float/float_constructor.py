print(float(), float(1), float("1.5"), float("  -2.25  "), float("1e3"), float("1_000.5"))
print(float(".5"), float("5."), float("-.5e-3"), float("+1E+2"), float("inf"), float("nan"))
print(float(True), float(10 ** 20), float("0.1"), float(" 3 "))
print(float("123456789012345678901234567890"))
