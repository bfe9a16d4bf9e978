chunks = ["ab", "cd", "", "ef"]
idx = 0
def next_chunk():
    global idx
    c = chunks[idx]
    idx += 1
    return c
while (c := next_chunk()):
    print("chunk", c)
n = 100
steps = 0
while (n := n // 2) > 0:
    steps += 1
    print(n, end=" ")
print(steps)
