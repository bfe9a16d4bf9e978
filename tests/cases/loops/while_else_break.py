def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found after", i, "steps")
search([4, 8, 15, 16, 23, 42], 16)
search([4, 8, 15, 16, 23, 42], 7)
search([], 1)
