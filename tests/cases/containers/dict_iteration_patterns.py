inventory = {"apples": 5, "pears": 0, "kiwis": 12, "plums": 3}
for name in inventory:
    print(name, end=" ")
print()
for name, qty in inventory.items():
    if qty:
        print("%-6s %3d" % (name, qty))
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
inverted = {v: k for k, v in inventory.items()}
print(inverted)
filtered = {k: v for k, v in inventory.items() if v > 2}
print(filtered)
for k in list(inventory):
    if inventory[k] == 0:
        del inventory[k]
print(inventory)
by_len = {}
for k in inventory:
    by_len.setdefault(len(k), []).append(k)
print(by_len)
print(sorted(inventory.items(), key=lambda kv: -kv[1]))
