a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
del a[10:20]
print(a)
del a[:]
print(a)
b = list(range(6))
del b[1], b[2]
print(b)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
