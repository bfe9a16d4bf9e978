rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.125)]
print(f"{'name':<10}{'qty':>5}{'price':>10}")
print("-" * 25)
for name, q, p in rows:
    print(f"{name:<10}{q:>5}{p:>10.2f}")
print("{:=^25}".format(" total "))
print("{:>25}".format(sum(q * p for _, q, p in rows)))
for a in "<>^=":
    print(f"[{-42:{a}10}]", f"[{-42:0{a}10}]" if a != "=" else f"[{-42:0=10}]", f"[{'ab':{a}6}]" if a != "=" else "")
