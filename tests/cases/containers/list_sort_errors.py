try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: x.foo)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2.5, True, 0]))
print(sorted([[1, 2], [1], [0, 9]]))
