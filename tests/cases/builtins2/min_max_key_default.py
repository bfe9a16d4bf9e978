words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: w[-1]))
print(max([], default="empty"), min((), key=len, default=None))
print(max(3, 1, 4, 1, 5, key=lambda x: -x), min([(1, "b"), (1, "a")]))
print(max([1, 5, 5, 2], key=lambda x: x == 5), max(["a", "B"], key=str.lower))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
