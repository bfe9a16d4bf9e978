for v in (0, 1, 2, 3, 255, 256, -1, -256, 2 ** 100, -(2 ** 100) - 1):
    print(v, v.bit_length())
print((10).real, (10).imag, (7).numerator, (7).denominator, (-3).conjugate())
print(int.__name__, type(5).__name__)
print(isinstance(5, int), isinstance(True, int), isinstance(5.0, int))
