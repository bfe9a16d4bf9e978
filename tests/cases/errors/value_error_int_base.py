print(int("z", 36))
print(int("9", 8))
