print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, 10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(True + 1, True * 2.5, False - 1, True / 2)
print(5 // 2.0, 5 % 2.0, -5 // 2.0, divmod(7, 2.5), divmod(-7, 2))
print(0.5 + True, abs(-3) + abs(-2.5))
print(10 ** 30 * 1.0, float(10 ** 30))
print(1e308 * 10, -1e308 * 10)
x = 3
x += 1.5
print(x, type(x))
