class Tags(set):
    def add(self, x):
        super().add(x.strip().lower())

    def __str__(self):
        return ",".join(sorted(self))


t = Tags()
for w in ["  Python", "java", "PYTHON ", "Rust"]:
    t.add(w)
print(t, len(t), "python" in t)
u = t | {"go"}
print(type(u).__name__, sorted(u))
print(isinstance(t, set), sorted(t - {"java"}))
n = Tags({3, 1, 2})
print(sorted(n), type(n).__name__)
