print(round(3.7), round(-3.7), round(3.14159, 3), round(2.5), round(3.5), round(-2.5), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(0, 7))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(7, 2, 5), pow(2, 1000, 10 ** 9))
print(abs(-7), abs(7.5), abs(-0.0), abs(3 - 4j))
