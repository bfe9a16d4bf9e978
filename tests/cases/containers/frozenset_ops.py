f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = f | {4}
print(type(g).__name__, sorted(g))
h = {4} | f
print(type(h).__name__, sorted(h))
print(f == {1, 2, 3}, frozenset() == set())
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
sets = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(sets))
d = {frozenset("ab"): 1}
print(d[frozenset("ba")])
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(sorted(f.union([9]) - {1}), sorted(f & frozenset([2, 3, 7])))
print(frozenset(), set(), repr(frozenset([1])), {1, 2})
