for v in (0.9, -0.9, 1e18, 1.5e18, 123456.789, -1e20, 2.0 ** 70):
    print(v, int(v), round(v), float(int(v)))
print(int(1e308) % 1000, len(str(int(1e308))))
