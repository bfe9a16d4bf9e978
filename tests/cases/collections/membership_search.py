l = [10, 20, 30, 20]
print(20 in l, 25 in l, l.index(20), l.index(20, 2), l.count(20))
t = ("a", "b")
print("a" in t, "c" not in t)
d = {"x": 1}
print("x" in d, 1 in d, 1 in d.values(), ("x", 1) in d.items())
print(3 in {1, 2, 3}, [1] in [[1], [2]], (1, 2) in {(1, 2): 0})
