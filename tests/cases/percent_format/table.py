print("%-8s %6s %8s" % ("item", "count", "total"))
data = [("pen", 3, 1.2), ("notebook", 10, 3.35), ("eraser", 120, 0.05)]
for name, c, p in data:
    print("%-8s %6d %8.2f" % (name, c, c * p))
print("%-8s %6d %8.2f" % ("TOTAL", sum(c for _, c, _ in data), sum(c * p for _, c, p in data)))
