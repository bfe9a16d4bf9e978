nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), len(set(nums)))
print(sorted({n % 4 for n in nums}))
seen = set()
order = []
for n in nums:
    if n not in seen:
        seen.add(n)
        order.append(n)
print(order)
words = "the cat and the hat and the bat".split()
print(len(set(words)), sorted(set(words)))
print(sorted({w[0] for w in words}))
print(sorted(set("mississippi")))
print({1, 2, 3} == set([3, 2, 1]), {0, 1, 2, 3, 4, 5, 6, 7})
print(set(range(5)) - {0}, {5, 6} & {6, 7})
