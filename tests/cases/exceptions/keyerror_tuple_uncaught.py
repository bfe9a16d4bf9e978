grid = {(0, 0): "x"}
print(grid[0, 0])
grid[1, 2]
