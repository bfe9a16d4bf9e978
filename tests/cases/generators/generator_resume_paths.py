# Generators resumed from every consumer: for loops, next() with and without a default,
# enumerate/zip (strict too), yield from with send/throw, sum/any, and statements without
# yields (loops, ifs, try) between yields in a generator body.


def numbers(n):
    total = 0
    for i in range(n):          # a loop without yield inside a generator
        total += i
    yield total
    for i in range(n):
        if i % 2:
            yield i
        else:
            try:
                x = 10 // (i - 2)
            except ZeroDivisionError:
                x = -1
            yield x * 100
    return "done"


print(list(numbers(6)))

g = numbers(3)
print(next(g), next(g), next(g, "dflt"), next(g, "dflt"), next(g, "dflt"), next(g, "dflt"))
try:
    next(numbers(0))
    h = numbers(0)
    next(h)
    next(h)
except StopIteration as e:
    print("stop", repr(e.value))

print(list(enumerate(numbers(4), 10)))
print(list(zip(numbers(4), numbers(5))))
try:
    list(zip(numbers(4), numbers(5), strict=True))
except ValueError as e:
    print("ValueError", e)
print(sum(v for v in numbers(10) if v > 0), any(v == 300 for v in numbers(10)))


def inner():
    got = yield 1
    while True:
        try:
            got = yield got * 2
        except KeyError as e:
            got = yield "caught %s" % e
        if got == "stop":
            return "inner result"


def outer():
    result = yield from inner()
    yield "outer got " + result


o = outer()
print(next(o), o.send(5), o.throw(KeyError("k")), o.send(7), o.send("stop"))
print(next(o, "finished"))


def running():
    yield gen.gi_running
    yield gen.gi_frame is not None


gen = running()
print([v for v in gen], gen.gi_running, gen.gi_frame)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def many_codes(k):
    # one consuming site meets generators of several codes (past the inline cache)
    def a():
        yield k
    def b():
        yield k * 2
    def c():
        yield k * 3
    def d():
        yield k * 4
    return [a(), b(), c(), d()]


out = []
for k in range(3):
    for gen_ in many_codes(k):
        for v in gen_:
            out.append(v)
print(out)
