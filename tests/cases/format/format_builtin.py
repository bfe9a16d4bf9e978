print(format(42), format(42, "5"), format(42, "<5") + "|", format(3.14159, ".2f"), format("s", "^5") + "|")
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(255, "08b"), format(-3, "+"))
print(format(12345.6789, "e"), format(12345.6789, "E"), format(0.000123, "g"), format(1e30, "G"))
print(format(True), format(None), format([1, 2]), format(1.0), format(10 ** 20, ","))
