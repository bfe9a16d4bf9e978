print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "x"), format(42, "08b"))
print(format(3.14159, ".2f"), format(0.5, "%"), format(1e6, ".1e"), format(1234567, ","))
print(format("text", "^10") + "|", format("text", ".2"), format(True), format(None))
print(format([1, 2]), format((1,)), format({"a": 1}))
print(type(format(1)).__name__)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
