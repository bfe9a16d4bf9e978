vals = [0.1, 1/3, 2 ** 0.5, 1e-300, 6.02214076e23, 1.7976931348623157e308, 2.2250738585072014e-308, 123.456, 0.30000000000000004]
for v in vals:
    s = repr(v)
    print(s, float(s) == v, str(v) == s, len(s))
x = 1.0
for i in range(12):
    print(x, -x, x / 3)
    x *= 10
