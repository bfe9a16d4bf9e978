words = ["banana", "Apple", "cherry", "apple", "Banana", "_under", "123", "Zed", "éclair", "ant"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True)[:3])
print(max(words), min(words), max(words, key=str.casefold))
print("a" < "B", "a".lower() < "B".lower(), "Z" < "a", "10" < "9", "abc" == "ABC".lower())
