r = range(5)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2))
print(list(r), list(r))
for i in range(3):
    i = 10
    print(i, end=" ")
print()
n = 3
for i in range(n):
    n = 100
print(i, n)
total = 0
for i in range(1, 101, 2):
    total += i
print(total, i)
for i in range(0):
    print("never")
print([i for i in range(-3, 4) if i])
print(list(zip(range(3), range(10, 13), range(20, 100))))
