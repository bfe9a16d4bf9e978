rows = [[1]]
for i in range(1, 16):
    prev = rows[-1]
    rows.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width))
print([sum(r) for r in rows])
print(rows[15][7], sum(rows[15][::2]))
for r in rows[:8]:
    print("".join("*" if v % 2 else " " for v in r).center(16))
