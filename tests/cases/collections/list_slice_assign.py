l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [99]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[1:3] = []
print(l)
l[-2:] = "xyz"
print(l)
m = [1, 2, 3]
m[1:2] = [[4, 5]]
print(m)
m[:] = range(3)
print(m)
