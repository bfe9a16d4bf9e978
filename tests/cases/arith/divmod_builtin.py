for a in (17, -17, 0, 10 ** 25, -10 ** 25):
    for b in (5, -5, 3, 10 ** 12):
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
print(divmod(True, 2))
