# Sets iterate in hash-table order, as CPython's setobject.c lays the table out: growth,
# collisions, deletions and each operation's algorithm decide where elements land.
print({3, 1, 2}, {(1, 2), (3, 4), (0, 0)}, {1.5, 2.5, 0.5})
s = set(range(20, 0, -3))
print(s, len(s))
s.discard(5)
s.add(100)
s.add(-1)
print(s)
print({1, 2, 3} | {10, 9, 8}, {1, 2, 3, 4} & {4, 3, 9}, {5, 6, 7, 8} - {6}, {1, 2, 3} ^ {3, 4, 5})
print(frozenset({2, 0}), {4, 2, 1}, [x for x in {4, 2, 1}])
a = {1, 2, 3}
a |= {7, 1000}
print(a)
a &= {1000, 2, 55}
print(a)
a -= {2}
print(a)
a ^= {8, 9}
print(a)
t = set()
for i in range(100):
    t.add(i * 7 % 31)
print(t)
print({1} & {1.0}, {1.0} & {1}, {1, 2} & {1.0})
print(set([1, 2, 3]).union([9, 8], (7,)), {1, 2, 3, 4, 5}.intersection([5, 4, 9], {4}), {1, 2, 3, 4}.difference([1], [2]))
p = {10, 20, 30}
print(p.pop(), p.pop(), p)
print({-1, -2, 5, 4611686018427387904, 18446744073709551616})
print({17, 5, 33, 2, 1, 40, 100, 64})
x = 17
print({x, 5, 33, 2, 1, 40, 100, 64})
s = {i * 37 % 101 for i in range(60)}
print(s)
s -= set(range(0, 101, 3))
print(s)
print(s ^ set(range(50, 60)))
print(frozenset(range(30, 0, -4)) | {99, 1})
d = {5: 1, 3: 2, 50: 3, 17: 4}
print(set(d), d.keys() | {1, 2}, d.keys() & {3, 50, 7}, d.keys() - {5}, d.keys() ^ {3, 8})
print({1, 2, 3} - d.keys())
big = set(range(0, 3000, 7))
for k in range(0, 3000, 14):
    big.discard(k)
print(sum(big), list(big)[:12], len(big))
u = {(i, -i) for i in range(8)}
print(u)
# str and bytes hash as CPython's with PYTHONHASHSEED=0 (the suite's setting): SipHash-1-3
print(hash('k'), hash(''), hash('hello world, this is long'), hash('é'), hash('€uro'), hash('😀x'))
print(hash(b'abc'), hash(b''), hash(b'12345678'), hash(('a', 1)))
print(set({'k': 1, 3: 2, 1: 0}), {'apple', 'pear', 'fig', 'kiwi', 'plum', 'lime'}, set('mississippi'))
