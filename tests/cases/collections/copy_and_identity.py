a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a[0] = 100
a[1].append(4)
print(a, b, c, d)
print(a is b, a is c, c == d, a[1] is c[1])
e = {"k": [1]}
f = dict(e)
f["k"].append(2)
f["j"] = 0
print(e, f)
