def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")
for n in (7, 9, 13, 15, 97, 2):
    find_divisor(n)
for i in []:
    pass
else:
    print("else on empty")
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    break
else:
    print("never")
for x in range(3):
    continue
else:
    print("else after continue", x)
