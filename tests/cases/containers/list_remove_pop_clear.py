a = [3, 1, 4, 1, 5, 9, 2, 6]
a.remove(1)
print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
try:
    a.remove(100)
except ValueError as e:
    print("ValueError:", e)
b = a
a.clear()
print(a, b, a is b)
try:
    a.pop()
except IndexError as e:
    print("IndexError:", e)
c = [1, 2, 3]
del c[1]
print(c)
c = [[1], [1]]
c.remove([1])
print(c)
