visited = set()
moves = [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0), (2, 2)]
for m in moves:
    if m in visited:
        print("revisit", m)
    visited.add(m)
print(sorted(visited), len(visited))
a = {(1, 2), (3, 4)}
b = {(3, 4), (5, 6)}
print(sorted(a | b), sorted(a & b))
print({1, 2, 3}, {3, 2, 1, 0}, set([5, 4, 5, 6]))
print(set(), {0}, {7, 1})
