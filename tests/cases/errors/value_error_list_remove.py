l = [1, 2]
l.remove(1)
print(l)
l.remove(1)
