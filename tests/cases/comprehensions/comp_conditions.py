data = [5, -3, 0, 12, -8, 7, 0, 3]
print([x for x in data if x > 0 if x % 2])
print([x if x > 0 else 0 for x in data])
print(["pos" if x > 0 else "neg" if x < 0 else "zero" for x in data])
print([x for x in data if x and x % 3 == 0])
print([(i, x) for i, x in enumerate(data) if i % 2 == 0])
