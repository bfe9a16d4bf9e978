def adder(n):
    return lambda x: x + n
def multiplier(n):
    def m(x):
        return x * n
    return m
add5 = adder(5)
times3 = multiplier(3)
print(add5(10), times3(10), add5(times3(2)), multiplier(0)(99))
fns = [adder(i) for i in range(5)]
print([f(100) for f in fns])
print(adder(-1)(1), multiplier(2)(multiplier(3)(4)))
