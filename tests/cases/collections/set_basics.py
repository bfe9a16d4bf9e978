s = {3, 1, 4, 1, 5, 9, 2, 6}
print(sorted(s), len(s), 4 in s, 7 in s)
s.add(7); s.discard(1); s.discard(100); s.remove(9)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a | b, a < a, {1, 2}.issubset(a), a.issuperset({1}), a.isdisjoint({7, 8}))
print(set(), set([1, 1, 2]), {0}, len(set("hello")), {x % 3 for x in range(10)})
print({1, 2, 3} == {3, 2, 1}, frozenset([1, 2]) == {1, 2})
c = set(range(5)); c.update([10, 11]); c -= {0, 1}; c |= {20}; c &= {2, 3, 10, 20, 99}
print(sorted(c), c.pop() in {2, 3, 10, 20})
