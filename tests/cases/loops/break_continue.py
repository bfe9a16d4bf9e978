for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
found = None
for i in range(2, 100):
    if i * i > 200:
        found = i
        break
print("first", found)
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    print("w", i)
