print(f"{'C':>6} | {'F':>7} | {'K':>7}")
print("-" * 26)
for c in range(-40, 101, 10):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6} | {f:>7.1f} | {k:>7.2f}")
readings = [21.5, 22.1, 19.8, 25.3, 24.0, 18.7, 20.2]
mean = sum(readings) / len(readings)
var = sum((r - mean) ** 2 for r in readings) / len(readings)
print(f"mean={mean:.3f} var={var:.4f} std={var ** 0.5:.4f} min={min(readings)} max={max(readings)}")
for r in readings:
    bar = "#" * round((r - 15) * 3)
    print(f"{r:5.1f} {bar}")
