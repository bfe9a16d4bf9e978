for i in range(5):
    pass
print(i)
for x in []:
    pass
j = 100
for j in range(3):
    pass
print(j)
for k in range(3):
    k = k * 10
    print(k)
