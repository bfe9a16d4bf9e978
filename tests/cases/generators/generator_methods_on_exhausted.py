def g():
    yield 1


it = g()
print(list(it))
try:
    it.send(None)
except StopIteration:
    print("send on exhausted -> StopIteration")
try:
    it.throw(ValueError("x"))
except ValueError as e:
    print("throw on exhausted re-raises", repr(e))
it.close()
print("close on exhausted is fine")
