def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 10, 99, 100, 10 ** 9):
    print(n, classify(n))
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: print("one-line if")
if not x: print("no")
else: print("one-line else")
