m = 2 ** 63 - 1
print(m + 1, m * 2, m * m, -m - 1, -m - 2, (-m - 1) * -1, (-m - 1) // -1)
print(abs(-m - 1), -(-m - 1), (-m - 1) % 7, m // -1)
n = 2 ** 31 - 1
print(n + 1, n * n, -n - 2, n << 1, n << 33, (n << 33) >> 33)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
for i in range(70):
    x = (x - 1) // 3
print(x)
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 12)
