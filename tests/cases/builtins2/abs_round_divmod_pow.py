print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(7), type(round(7.6)).__name__, type(round(7.6, 1)).__name__, round(-0.4))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2, 0.5), pow(7, -1, 13))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(sum([1, 2, 3], 10), sum([0.5, 0.25]), sum(range(10), start=-45))
print(min(5, 3, 8), max([1, 7, 3]), max("hello"), min([], default=None), max(1, 2, key=lambda v: -v))
