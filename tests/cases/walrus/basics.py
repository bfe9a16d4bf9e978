if (n := 10) > 5:
    print("n is", n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (i := i + 1) < 5:
    print("i", i)
print((a := 3) + a, a)
