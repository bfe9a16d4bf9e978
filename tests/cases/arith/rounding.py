for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.14159, 2.675, 1e20, -7.45):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(12345, -2), round(12355, -1), round(-12345, -2), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(7), round(7, 3))
print(round(0.125, 2), round(0.375, 2), round(1234.5678, -2))
