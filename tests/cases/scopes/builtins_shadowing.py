print(len("abc"))
def f():
    len = lambda x: 42
    return len("abc")
print(f(), len("abc"))
max = min
print(max(3, 1, 2))
del max
print(max(3, 1, 2))
def g(list):
    return list
print(g(5), list("ab"))
