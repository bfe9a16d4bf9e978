values = [3, 1, 4, 0, 5, 9]
idx = [0]


def producer():
    v = values[idx[0]]
    idx[0] += 1
    return v


print(list(iter(producer, 0)))
print(idx[0])
lines = ["first", "second", "", "after blank"]
pos = [0]


def readline():
    if pos[0] >= len(lines):
        return ""
    pos[0] += 1
    return lines[pos[0] - 1]


for line in iter(readline, ""):
    print("line:", line)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
