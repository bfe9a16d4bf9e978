def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a * 1000 + b * 100 + c * 10 + d
            return l4
        return l3
    return l2
print(l1(1)(2)(3)(4), l1(9)(8)(7)(6))
def curry(f, n):
    def step(args):
        if len(args) == n:
            return f(*args)
        return lambda x: step(args + [x])
    return step([])
print(curry(lambda a, b, c: a + b * c, 3)(1)(2)(3))
