l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
stack = [1]
while stack:
    v = stack.pop()
    print(v, end=" ")
    if v < 20:
        stack.append(v * 2)
        stack.append(v * 3)
print()
q = [0]
for x in q:
    if x < 5:
        q.append(x + 1)
print(q)
