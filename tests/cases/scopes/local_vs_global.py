a = 1
b = 2
def f():
    a = 10
    def g():
        return a + b
    return g()
print(f(), a, b)
def h(a):
    a += 1
    return a
print(h(a), a)
lst = [1]
def m():
    lst.append(2)
print(m(), lst)
