def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


gen = g()
for x in gen:
    print(x)
    break
print("after break, generator still suspended")
gen.close()
print("after close")
gen = g()
print(list(gen))


def h():
    try:
        yield "a"
    finally:
        return "from finally"


it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
