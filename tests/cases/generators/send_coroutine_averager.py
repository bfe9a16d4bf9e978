def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count


a = averager()
next(a)
for x in [10, 20, 30, 5]:
    print(x, "->", a.send(x))


def echo_upper():
    reply = None
    while True:
        msg = yield reply
        reply = msg.upper() if isinstance(msg, str) else repr(msg)


e = echo_upper()
next(e)
print(e.send("hi"), e.send(42), e.send([1]))
