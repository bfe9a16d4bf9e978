total = 0
count = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
        count += 1
print(total, count)
s = 0
i = 0
while i < 10000:
    s += i * i
    i += 1
print(s)
print(sum(i for i in range(100) if i % 7 == 3))
