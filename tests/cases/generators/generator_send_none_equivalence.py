def g():
    received = []
    for _ in range(3):
        v = yield len(received)
        received.append(v)
    yield received


a = g()
print(next(a), next(a), a.send(None), a.send("x"))
