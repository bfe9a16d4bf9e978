def f(data):
    if any((found := x) > 10 for x in data):
        return found
    return None
print(f([1, 5, 20, 3]), f([1, 2]))
def g():
    results = [(y := i * 2) for i in range(3)]
    return results, y
print(g())
n = 0
print([n := n + i for i in range(5)], n)
