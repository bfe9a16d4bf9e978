l = [0, 1]
l[1] = 5
print(l)
l[2] = 7
