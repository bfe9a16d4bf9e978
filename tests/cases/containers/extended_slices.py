a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[-1:-5:-1], a[2:8:3])
print(a[100:], a[-100:2], a[5:2], a[::-1][:3])
s = "abcdefgh"
print(s[::2], s[::-1], s[1:7:2], s[-3::-2])
t = tuple(range(6))
print(t[::2], t[::-1], t[4:0:-2])
a[::2] = [0] * 5
print(a)
a[1::2] = "ABCDE"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a[::-1] = range(10)
print(a)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
