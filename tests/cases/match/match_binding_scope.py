def f(data):
    match data:
        case {"a": a, "b": [b, *c]}:
            pass
        case _:
            return "no match"
    return a, b, c


print(f({"a": 1, "b": [2, 3, 4]}), f({"a": 1}), f({"a": 0, "b": [9]}))
total = 0
for item in [("add", 5), ("sub", 2), ("add", 10), ("noop",)]:
    match item:
        case ("add", n):
            total += n
        case ("sub", n):
            total -= n
print(total, n)
