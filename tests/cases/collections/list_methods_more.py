l = []
for i in range(10):
    if i % 3:
        l.append(i)
    else:
        l.insert(0, i)
print(l)
while len(l) > 3:
    print(l.pop(len(l) // 2), end=" ")
print(l)
l.extend(range(3)); l.extend("ab"); l.extend((None,))
print(l)
print(l[::-1] == list(reversed(l)), l * 2 == l + l)
l2 = [5, 1, 4]
print(sorted(l2), l2, l2.sort(), l2)
print(list(), list((1, 2)), list({"a": 1}), list(range(3)))
