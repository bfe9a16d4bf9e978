print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(1.5) == hash(1.5))
for bad in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}))
