print((lambda a, b: a * b)(6, 7))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, x=3))
print((lambda: [i for i in range(3)])())
x = 5
print((lambda: x + 1)(), (lambda x: x + 1)(100))
print((lambda a=[]: a)())
