y = 5
x = y +
print(x)
