base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
merged = dict(base)
merged.update(over)
print(merged, base)
merged.update(b=200, d=4)
print(merged)
merged.update()
print(merged)
merged.update([("e", 5)], f=6)
print(merged)
try:
    merged.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    merged.update(["ab", "cde"])
except ValueError as e:
    print("ValueError:", e)
merged.update(["xy"])
print(merged["x"])
