print("ab" * 3)
print("ab" * 2.5)
