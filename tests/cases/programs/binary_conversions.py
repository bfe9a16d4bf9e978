def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" + out if neg else out
for n in (0, 1, 255, -255, 2 ** 64, 123456789, -1000):
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row, all(int(r, b) == n for r, b in zip(row, (2, 3, 8, 16, 36))))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(33)], popcount(2 ** 100 - 1))
def gray(n):
    return n ^ (n >> 1)
print([f"{gray(i):04b}" for i in range(16)])
