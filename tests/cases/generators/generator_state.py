def g():
    yield 1
    yield 2


it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
print(it.gi_running, it.gi_frame is not None)
list(it)
print(it.gi_frame)
print(g.__name__, it.__name__, it.__qualname__)
print(iter(it) is it)
print(hasattr(it, "send"), hasattr(it, "throw"), hasattr(it, "close"))


def watcher():
    yield it2.gi_running


it2 = watcher()
print(next(it2))
