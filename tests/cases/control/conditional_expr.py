for i in range(-2, 4):
    print(i, "pos" if i > 0 else "zero" if i == 0 else "neg", (i if i % 2 else -i))
x = 5
y = "a" if x > 3 else "b"
z = [1, 2] if not x else []
print(y, z, (lambda v: "even" if v % 2 == 0 else "odd")(x))
print(1 if True else 1 / 0, 2 if False else 3)
