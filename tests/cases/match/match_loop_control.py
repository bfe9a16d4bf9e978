queue = [3, "skip", 7, None, 5, "stop", 9]
total = 0
i = 0
while i < len(queue):
    item = queue[i]
    i += 1
    match item:
        case "skip":
            print("skipping next item")
            i += 1
            continue
        case "stop":
            print("stopping")
            break
        case None:
            print("none, continue")
            continue
        case int(n):
            total += n
            print("added", n, "total", total)
else:
    print("loop finished normally")
print("total", total, "index", i)
for word in ["a", "bb", "ccc"]:
    match len(word):
        case 2:
            print("found two-letter word", word)
            break
else:
    print("never")
