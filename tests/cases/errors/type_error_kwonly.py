def f(*, k):
    return k
print(f(k=1))
f(1)
