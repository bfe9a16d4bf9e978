for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += f"{i * j:4}"
    print(row)
pairs = []
for a in range(5):
    for b in range(a, 5):
        if a + b == 4:
            pairs.append((a, b))
print(pairs)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner completed", i)
