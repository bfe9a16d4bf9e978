def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def fast_pow(b, e):
    if e == 0:
        return 1
    h = fast_pow(b, e // 2)
    return h * h * (b if e % 2 else 1)
print(gcd(1071, 462), gcd(2 ** 50, 6 ** 20), fast_pow(3, 100), fast_pow(2, 0), fast_pow(7, 13) == 7 ** 13)
