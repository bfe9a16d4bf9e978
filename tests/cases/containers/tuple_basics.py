t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3])
print(t.count(1), t.index("two"), (1, 2, 1, 1).count(1), (5, 6, 7).index(7, 1))
single = (5,)
empty = ()
not_tuple = (5)
print(single, empty, not_tuple, type(single).__name__, type(not_tuple).__name__)
packed = 1, 2, 3
a, b, c = packed
print(packed, a, b, c)
t[3].append(5)
print(t)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, tuple("ab"), tuple([1, 2]), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9, 9), () < (0,))
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): "pair"}[1, 2])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
