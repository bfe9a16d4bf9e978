class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __setitem__(self, key, value):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(key)
        print("set", key, value)
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

    def render(self):
        return "\n".join("".join(str(self[x, y]) for x in range(self.w)) for y in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = 7
print(g.render())
del g[1, 1]
print(g.render())
try:
    g[9, 9] = 1
except KeyError as e:
    print("KeyError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)
