x = 5
print(x)
del x
x = 6
print(x)
l = [0, 1, 2, 3, 4, 5, 6, 7]
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
print("deleted a, b")
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
