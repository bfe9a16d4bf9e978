headers = ["Name", "Qty", "Price"]
rows = [["Widget", 3, 4.5], ["Gadget", 12, 19.99], ["Thingamajig", 100, 0.5]]
widths = [max(len(str(r[i])) for r in rows + [headers]) + 2 for i in range(3)]
sep = "+" + "+".join("-" * w for w in widths) + "+"
print(sep)
print("|" + "|".join(h.center(w) for h, w in zip(headers, widths)) + "|")
print(sep.replace("-", "="))
for r in rows:
    cells = [str(r[0]).ljust(widths[0]), str(r[1]).rjust(widths[1]), ("%.2f" % r[2]).rjust(widths[2])]
    print("|" + "|".join(cells) + "|")
print(sep)
total = sum(r[1] * r[2] for r in rows)
print(("TOTAL %.2f" % total).rjust(len(sep)))
