trail = []


def a(n):
    trail.append("a enter")
    try:
        return b(n) * 2
    finally:
        trail.append("a exit")


def b(n):
    trail.append("b enter")
    try:
        return c(n) + 1
    finally:
        trail.append("b exit")


def c(n):
    trail.append("c enter")
    if n < 0:
        raise ValueError("negative: %d" % n)
    trail.append("c ok")
    return n


print(a(5), trail)
trail.clear()
try:
    a(-1)
except ValueError as e:
    print("caught at top:", e)
print(trail)
