a = [[1], [2], [3]]
b = a[:]
c = a[1:]
b[0] = "replaced"
c[0].append(20)
print(a, b, c)
t = (1, 2, 3)
print(t[:] is t, t[0:3] == t)
s = "hello"
print(s[:] == s)
r = list(range(5))
r2 = r[::-1]
r2.append(99)
print(r, r2)
