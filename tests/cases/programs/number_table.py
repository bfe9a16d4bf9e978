print(f"{'n':>4} {'n^2':>6} {'n^3':>8} {'sqrt':>8} {'1/n':>10} {'hex':>5} {'bin':>9}")
print("-" * 56)
for n in range(1, 17):
    print(f"{n:>4} {n * n:>6} {n ** 3:>8} {n ** 0.5:>8.4f} {1 / n:>10.6f} {n:>#5x} {n:>9b}")
print()
for base in (2, 8, 10, 16):
    digits = []
    v = 2024
    while v:
        digits.append("0123456789abcdef"[v % base])
        v //= base
    print(f"2024 in base {base:2}: {''.join(reversed(digits))}")
print("%-10s|%10s|%-10s|" % ("left", "right", "x"))
for v in (3.14159, -2.5, 1e6, 12345.6789):
    print("%10.3f|%-10.2e|%+10.1f|%s" % (v, v, v, v))
