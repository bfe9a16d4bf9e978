def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


def map_stage(fn, target):
    while True:
        item = yield
        target.send(fn(item))


def primed(g):
    next(g)
    return g


sink = primed(printer(">>"))
pipeline = primed(map_stage(lambda x: x * x, primed(filter_stage(lambda x: x % 2, sink))))
for i in range(8):
    pipeline.send(i)
pipeline.close()
print("done")
