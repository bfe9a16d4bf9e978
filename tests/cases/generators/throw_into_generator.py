def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker handled", e)
            n = 100
        except KeyError:
            print("worker re-raising KeyError")
            raise


w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(w)
except StopIteration:
    print("generator is finished")


def fresh():
    yield 1


f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted generator raised", e)
print(list(f))
