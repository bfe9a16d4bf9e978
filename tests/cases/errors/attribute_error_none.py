r = [3, 1, 2].sort()
print(r)
r.append(1)
