def f():
    return 1

if f():
print("yes")
