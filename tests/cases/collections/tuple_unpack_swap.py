a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [5, 3, 8, 1]
l[0], l[-1] = l[-1], l[0]
print(l)
x, (y, z) = 1, [2, 3]
print(x, y, z)
t = ((1, 2), (3, 4))
(p, q), (r, s) = t
print(p + s, q + r)
def pair():
    return "left", "right"
left, right = pair()
print(left, right)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a * b)
