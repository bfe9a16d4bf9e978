def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(20000)))
print(sum(x for x in range(30000) if x % 7 == 3))
count = 0
for v in squares(10000):
    if v % 10 == 9:
        count += 1
print(count)
print(max(squares(30001)))
