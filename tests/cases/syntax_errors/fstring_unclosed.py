a = 2
print(f"{a")
