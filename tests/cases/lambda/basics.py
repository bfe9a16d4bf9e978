sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2), (lambda a, *, b: a - b)(10, b=3))
print(sorted([3, -1, 2, -5], key=lambda v: abs(v)), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
print((lambda x: (lambda y: x + y))(3)(4))
