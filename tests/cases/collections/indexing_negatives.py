l = list(range(10))
for i in range(-10, 10):
    print(i, l[i], end=" | ")
print()
print(l[-3:], l[:-3], l[-3:-1], l[-1:-3], l[-1:-3:-1], l[5:-5], l[-5:5])
print(l[1:100], l[-100:2], l[::-4], l[8:2:-2], l[2:8:-2])
t = tuple(l)
print(t[-2], t[3:-3])
