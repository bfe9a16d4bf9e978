def none_fn():
    return
def implicit():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(none_fn(), implicit(), multi(), early(50), early(0))
a, b, c = multi()
print(a, b, c)
def nested_return(x):
    if x > 0:
        if x > 10:
            return "big"
        return "small"
    return "nonpositive"
print([nested_return(v) for v in (-1, 5, 50)])
