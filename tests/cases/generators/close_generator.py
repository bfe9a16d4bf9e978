def resource():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        print("close resource")


g = resource()
print(next(g), next(g))
g.close()
print("after close")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = resource()
unstarted.close()
print("closing unstarted generator runs nothing")
