x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)], {i: z for i in range(2)}
print(f())
print([[i * j for j in range(3)] for i in range(3)])
i = "kept"
print(sum(i for i in range(10)), i)
