# match statements in generators: a yield in a case body resumes in that body
def gen(items):
    for item in items:
        match item:
            case [x, y]:
                yield "pair start"
                yield x + y
                yield "pair end"
            case {"n": n}:
                for i in range(n):
                    yield f"n{i}"
            case int(k) if k > 0:
                received = yield k
                yield f"received {received}"
            case _:
                yield "other"
        yield "next item"

print(list(gen([[1, 2], {"n": 3}, 5, "s"])))

g = gen([7, [3, 4]])
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
print(next(g))

# side effects in the subject run once even though the body yields repeatedly
def counted():
    calls = []
    def subject():
        calls.append(1)
        return [1, 2, 3]
    match subject():
        case [*xs]:
            for x in xs:
                yield x
    yield f"subject evaluated {len(calls)} time(s)"
print(list(counted()))

# a generator matching against each sent value
def parser():
    result = []
    while True:
        token = yield
        match token:
            case "end":
                yield result
                return
            case ("num", int(v)):
                result.append(v)
            case ("op", "+" | "-" as op):
                result.append(op)
            case _:
                yield f"bad token {token!r}"
p = parser()
next(p)
p.send(("num", 1))
p.send(("op", "+"))
print(p.send(("what",)))
next(p)
p.send(("num", 2))
print(p.send("end"))

# nested matches with yields in both levels
def nested():
    for a in [(1, "x"), (2, "y")]:
        match a:
            case (n, s):
                yield n
                match s:
                    case "x":
                        yield "inner x"
                        yield "inner x again"
                    case _:
                        yield "inner other"
                yield s
print(list(nested()))

# yields in the subject and in guards resume there, without re-matching
def asking():
    match (yield "subject?"):
        case 1:
            yield "one"
        case x if (yield f"guard for {x}?"):
            yield f"guarded {x}"
        case [*_]:
            yield "a sequence"
        case _:
            yield "fallback"
for answers in [(5, True), (1,), (7, False), ([1], False)]:
    it = asking()
    out = [next(it)]
    for a in answers:
        out.append(it.send(a))
    print(out)
