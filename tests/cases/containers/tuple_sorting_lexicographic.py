pts = [(2, 3), (1, 5), (2, 1), (1, 5, 0), (1,), (0, 9)]
print(sorted(pts))
print(sorted(pts, reverse=True))
print(max(pts), min(pts))
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (0, 1) < (1, -1))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, 2) == (1, 2.0), (float("nan"),) == (float("nan"),))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan])
