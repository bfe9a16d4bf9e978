a = []
for i in range(6):
    a.insert(i // 2, i)
    print(a)
while a:
    x = a.pop(len(a) // 2)
    print("popped", x, a)
