n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
x = 10
while x:
    x -= 3 if x >= 3 else x
    print(x, end=",")
print()
