a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4, 5, 6]
b = [x for x in b if x % 2]
print(b)
c = [1, 2, 3]
for x in c:
    if len(c) < 6:
        c.append(x * 10)
print(c)
d = [1, 2, 3, 4]
for i in range(len(d) - 1, -1, -1):
    if d[i] % 2 == 0:
        del d[i]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
