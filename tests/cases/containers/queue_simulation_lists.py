arrivals = [(0, "a", 3), (1, "b", 2), (2, "c", 1), (6, "d", 2), (7, "e", 1)]
queue = []
time = 0
busy_until = 0
current = None
log = []
i = 0
while i < len(arrivals) or queue or current:
    while i < len(arrivals) and arrivals[i][0] == time:
        queue.append(arrivals[i])
        log.append("t=%d arrive %s" % (time, arrivals[i][1]))
        i += 1
    if current and time >= busy_until:
        log.append("t=%d done %s" % (time, current))
        current = None
    if current is None and queue:
        _, name, dur = queue.pop(0)
        current = name
        busy_until = time + dur
        log.append("t=%d start %s (waiting: %s)" % (time, name, [q[1] for q in queue]))
    time += 1
print("\n".join(log))
print("finished at", time - 1)
