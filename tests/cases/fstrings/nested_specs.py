width = 10
prec = 3
val = 12.345678
for w in (6, 10, 14):
    print(f"[{val:{w}.{prec}f}]", f"[{val:>{w}}]", f"[{'s':{'*'}^{w}}]")
fill = "-"
align = "<"
print(f"[{'x':{fill}{align}{width}}]", f"[{42:{'0'}{'>'}{8}}]")
print(f"{f'{val:.2f}':>12}|")
print(f"{'%d items' % 5:>{width}}|")
