try:
    [1, 2, 3][10]
except IndexError:
    print("handling IndexError")
    int("not a number")
