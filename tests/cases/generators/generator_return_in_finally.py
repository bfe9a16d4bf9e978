def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


for x in g():
    print(x)
    break
print("after break")
gen = g()
print(next(gen))
del gen
print("after del")


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
