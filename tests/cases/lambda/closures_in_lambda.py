def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 5)]
print([m(10) for m in make_multipliers()])
adder = lambda a: lambda b: lambda c: a + b + c
print(adder(1)(2)(3), adder("x")("y")("z"))
acc = (lambda store: lambda v: (store.append(v), sum(store))[1])([])
print(acc(1), acc(10), acc(100))
