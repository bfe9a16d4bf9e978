x = 5
assert x == 5
print("first ok")
assert x > 10
