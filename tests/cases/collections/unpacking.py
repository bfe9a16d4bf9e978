a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q, r] = "abc"
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "hello"
print(head, mid, tail)
a, *b, c = [1, 2]
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
x = y = z = 0
print(x, y, z)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 5
print(i, l)
k, v = {"key": "val"}.popitem()
print(k, v)
