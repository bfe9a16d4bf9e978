records = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(records, key=lambda r: r[1]))
records.sort(key=lambda r: r[1], reverse=True)
print(records)
nums = [5, 3, 8, 1, 9, 2, 7]
nums.sort()
print(nums)
print(sorted(nums, reverse=True), sorted([]), sorted([1]), sorted([2, 1, 2, 1]))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
