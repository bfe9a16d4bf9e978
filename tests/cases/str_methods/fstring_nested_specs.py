width, prec = 10, 3
val = 3.14159265
name = "pi"
print(f"{name:>{width}}|{val:{width}.{prec}f}|")
print(f"{val:.{prec}}", f"{val!r:>20}", f"{name!r}", f"{name.upper():*^8}")
items = [("a", 1), ("bb", 22), ("ccc", 333)]
w = max(len(k) for k, _ in items)
for k, v in items:
    print(f"{k:<{w}} = {v:>{w}d}")
print(f"{'nested' + ' expr':^20}", f"{[1, 2][1]}", f"{ {'k': 5}['k'] }", f"{3 * 4 = }", f"{name = !s:>5}")
total = 1234.5
print(f"{total:,.2f} {total:_.1f} {total:e} {int(total):#x} {0.25:.0%}")
