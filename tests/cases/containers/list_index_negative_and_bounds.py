a = [10, 20, 30, 40]
print(a[-1], a[-4], a[0], a[3])
print(a[1:-1], a[-3:-1], a[-1:], a[:-3])
a[-1] = 400
a[-4] = 100
print(a)
print(a[len(a) - 1], a[-len(a)])
for i in (-5, 4):
    try:
        a[i]
    except IndexError as e:
        print(i, "IndexError:", e)
print(a[4:], a[-5:1])
