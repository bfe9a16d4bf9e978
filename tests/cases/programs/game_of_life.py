W, H = 12, 10
grid = [[0] * W for _ in range(H)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (6, 7), (6, 8), (6, 9)]:
    grid[r][c] = 1
def step(g):
    new = [[0] * W for _ in range(H)]
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % H][(c + dc) % W]
            new[r][c] = 1 if n == 3 or (g[r][c] and n == 2) else 0
    return new
for gen in range(6):
    print(f"generation {gen}: {sum(map(sum, grid))} alive")
    for row in grid:
        print("".join("#" if v else "." for v in row))
    grid = step(grid)
