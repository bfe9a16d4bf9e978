total = 0.0
for i in range(1, 101):
    total += 1 / (i * i)
print(total, (total * 6) ** 0.5)
x = 1.0
n = 0
while 1.0 + x != 1.0:
    x /= 2
    n += 1
print(n, x, x * 2)
h = 0.0
terms = 0
k = 1.0
while k < 1e6:
    h += 1 / k
    k *= 1.5
    terms += 1
print(terms, h)
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
