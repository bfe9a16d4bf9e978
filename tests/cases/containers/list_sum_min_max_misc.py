nums = [4, -2, 7, 0, 3]
print(sum(nums), sum(nums, 10), min(nums), max(nums), sorted(nums)[len(nums) // 2])
print(min(nums, key=abs), max(nums, key=lambda x: -x))
print(min([], default="none"), max([], default=0))
print(min(3, 1, 2), max("apple", "banana", "cherry", key=len))
print(sum([0.1] * 10), sum([[1], [2]], []))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(list(map(abs, nums)), [n for n in nums if n > 0])
