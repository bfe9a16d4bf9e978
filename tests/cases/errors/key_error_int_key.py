d = {0: 0}
for i in range(3):
    print(d[i])
