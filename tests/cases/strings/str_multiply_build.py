for i in range(1, 8):
    print(" " * (7 - i) + "*" * (2 * i - 1))
for i in range(5, 0, -1):
    print(("#" * i).rjust(5), ("#" * i).ljust(5) + "|", ("#" * i).center(9, "."))
parts = []
for i in range(10):
    parts.append(str(i) * i)
print(",".join(parts))
print(len("".join(parts)))
