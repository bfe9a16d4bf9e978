matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], [row[1] for row in matrix], matrix[::2])
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}
print(data["users"][0]["tags"][1], len(data["users"][1]["tags"]))
data["users"][1]["tags"].append("z")
print(data)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
