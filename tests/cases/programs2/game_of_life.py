class Life:
    def __init__(self, width, height, alive=()):
        self.w, self.h = width, height
        self.cells = set(alive)
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        lines = text.strip("\n").split("\n")
        alive = {(x, y) for y, line in enumerate(lines) for x, ch in enumerate(line) if ch == "#"}
        return cls(max(len(l) for l in lines), len(lines), alive)

    def neighbors(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h

    def step(self):
        counts = {}
        for c in self.cells:
            for n in self.neighbors(*c):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.cells)}
        self.generation += 1

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))


glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""")
for _ in range(5):
    print("gen", glider.generation, "alive", len(glider.cells))
    print(glider)
    glider.step()
blinker = Life(5, 5, {(1, 2), (2, 2), (3, 2)})
states = []
for _ in range(4):
    states.append(sorted(blinker.cells))
    blinker.step()
print(states[0] == states[2], states[1] == states[3], states[0] != states[1])
print(states[1])
