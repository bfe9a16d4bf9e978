print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))


def stub():
    ...


print(stub())
x = [1, ..., 3]
print(x, x[1] is Ellipsis)
print((1).__add__("x") is NotImplemented)
print(bool(...))
d = {...: "ellipsis key"}
print(d[Ellipsis])
