def twice(f):
    return lambda x: f(f(x))
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
inc = lambda x: x + 1
print(twice(inc)(5), twice(twice(inc))(5), twice(lambda s: s + "!")("hi"))
print(compose(str, abs, lambda v: v * 3)(-4), compose()(7))
pipeline = [lambda x: x * 2, lambda x: x - 3, lambda x: x ** 2]
v = 5
for f in pipeline:
    v = f(v)
    print(v)
