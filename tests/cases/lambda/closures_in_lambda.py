def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 5)]
print([m(10) for m in make_multipliers()])
adder = lambda a: lambda b: lambda c: a + b + c
print(adder(1)(2)(3), adder("x")("y")("z"))
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
