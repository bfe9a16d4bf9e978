a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:2] = [100, 200, 300]
print(a)
a[:3] = []
print(a)
a[-2:] = "xyz"
print(a)
a[len(a):] = [99]
print(a)
a[:] = [1, 2]
print(a)
b = a
b[:] = range(5)
print(a, a is b)
a[1:4] = a
print(a)
c = [1, 2, 3]
c[5:10] = [7]
print(c)
c[-100:1] = [0]
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
