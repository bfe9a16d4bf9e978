t = ([1, 2], "x")
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    t[1] += "y"
except TypeError as e:
    print("TypeError:", e)
print(t)
t[0].extend([4])
print(t)
