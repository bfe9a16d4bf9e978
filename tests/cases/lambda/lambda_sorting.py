people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 35, 5.2), ("dave", 25, 5.9)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[0][::-1]))
print(max(people, key=lambda p: p[2]), min(people, key=lambda p: p[1]))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
