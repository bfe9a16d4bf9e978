def roundrobin(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        alive = []
        for it in iters:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iters = alive


print(list(roundrobin("ABC", "D", "EF")))
print(list(roundrobin(range(3), [], (10, 20, 30, 40))))


def scheduler(tasks):
    queue = list(tasks)
    while queue:
        name, task = queue.pop(0)
        try:
            step = next(task)
            print(name, "->", step)
            queue.append((name, task))
        except StopIteration as e:
            print(name, "finished:", e.value)


def task(n, label):
    for i in range(n):
        yield "%s step %d" % (label, i)
    return label.upper()


scheduler([("t1", task(2, "a")), ("t2", task(3, "b")), ("t3", task(1, "c"))])
