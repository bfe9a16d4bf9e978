# floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 13, -13, 1, -1, 100):
    for b in (3, -3, 1, -1, 7, -7, 10):
        q, r = a // b, a % b
        print(a, b, q, r, q * b + r == a)
