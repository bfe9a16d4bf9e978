print(len([1, 2]), len(()), len("abc"), len({1: 2}), len({1, 2, 3}), len(range(100)), len(range(5, 0, -1)), len(range(0, 10, 3)))
print(list(range(3)), list(range(1, 4)), list(range(0, -6, -2)), range(10)[::2], range(10)[::-1])
print(range(0, 10, 2) == range(0, 9, 2), range(-10 ** 20, 10 ** 20)[-1])
