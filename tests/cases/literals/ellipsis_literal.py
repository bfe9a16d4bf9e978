print(..., Ellipsis, ... is Ellipsis, repr(...), type(...).__name__)
def f():
    ...
print(f())
x = [1, ..., 3]
print(x, bool(...))
