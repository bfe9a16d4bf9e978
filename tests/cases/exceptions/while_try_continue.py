data = ["1", "x", "3", "", "5", "six", "7"]
total = 0
bad = []
i = 0
while i < len(data):
    item = data[i]
    i += 1
    try:
        n = int(item)
    except ValueError:
        bad.append(item)
        continue
    if n == 5:
        print("skipping five")
        continue
    total += n
print(total, bad)
