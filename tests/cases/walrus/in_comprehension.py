total = 0
running = [total := total + v for v in range(1, 6)]
print(running, total)
vals = [3, 8, 1, 9]
print([(x, m) for x in vals if (m := x % 4) > 0], m)
def f():
    [last := c for c in "xyz"]
    return last
print(f())
print(any((hit := v) > 7 for v in vals), hit)
