def risky(xs):
    for x in xs:
        yield 10 // x


g = risky([5, 2, 0, 1])
results = []
try:
    for v in g:
        results.append(v)
except ZeroDivisionError as e:
    print("error after", results, ":", e)
print(list(g))


def guarded(xs):
    for x in xs:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "inf"


print(list(guarded([5, 0, 2])))
