a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*"ab", *range(2)])
print([0, *a, 5, *b, 9], (*a,), [*[], *[]])
d1 = {"a": 1}
d2 = {"b": 2, "a": 10}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
print(*a, *b)
first, *_ = [*b, *a]
print(first, _)
