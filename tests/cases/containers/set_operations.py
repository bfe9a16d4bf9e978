a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference([1, 9])))
print(a <= b, {3} <= a, {3} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(sorted(a.union([9])))
