grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
grid[0][4] = "@"
for row in grid:
    print("".join(row))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}


def reachable(start):
    seen = []
    stack = [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.append(n)
        stack.extend(reversed(graph[n]))
    return seen


print(reachable("a"), reachable("d"), reachable("c"))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[2, 2], sum(matrix.values()), sorted(k for k, v in matrix.items() if v == 2))
