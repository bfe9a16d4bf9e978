words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "", "a", "aa", "B"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print(max(words), min(words), "abc" < "abd" < "b", "Z" < "a" < "z")
