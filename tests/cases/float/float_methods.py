for v in (1.0, 2.5, -3.0, 0.1, 1e20, -0.0):
    print(v, v.is_integer(), v.real, v.imag, v.conjugate())
print((3.75).as_integer_ratio(), (0.5).as_integer_ratio(), (-0.125).as_integer_ratio())
