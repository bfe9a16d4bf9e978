s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.update([5, 6], (7,), range(2))
print(sorted(s))
s.discard(100)
s.discard(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
s.remove(6)
print(sorted(s))
t = {1, 2, 3, 4, 5}
t.intersection_update({2, 3, 4, 9})
print(sorted(t))
t.difference_update([3])
print(sorted(t))
t.symmetric_difference_update({4, 10})
print(sorted(t))
u = {1, 2}
u |= {3}
u &= {1, 3, 5}
u -= {1}
u ^= {7, 3}
print(sorted(u))
single = {42}
print(single.pop(), single)
try:
    single.pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d))
c.clear()
print(c, len(c))
