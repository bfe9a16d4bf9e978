for i in range(5):
    print("line", i)
print(int("5") + int("five"))
