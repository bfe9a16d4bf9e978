class Trio:
    def __iter__(self):
        print("__iter__ called")
        yield "a"
        yield "b"
        yield "c"


a, b, c = Trio()
print(a, b, c)
first, *rest = Trio()
print(first, rest)
print(*Trio())
print([*Trio(), *Trio()])


def f(x, y, z):
    return x + y + z


print(f(*Trio()))
try:
    x, y = Trio()
except ValueError as e:
    print("ValueError:", e)
try:
    w, x, y, z = Trio()
except ValueError as e:
    print("ValueError:", e)
print(dict(enumerate(Trio())))
print("-".join(Trio()))
