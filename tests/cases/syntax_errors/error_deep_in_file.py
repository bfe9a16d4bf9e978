def helper(x):
    return x * 2

values = [1, 2, 3]
total = 0
for v in values:
    total += helper(v)

print(total)

def other(a, b):
    if a > b:
        return a
    return b

result = other(3, 4)
print(result)
while True:
    result -= 1
    if result < 0
        break
