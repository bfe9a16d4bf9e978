IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.sched = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            p.link = None
        return p


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.log = []
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, packet, dest):
        t = self.tasks[dest]
        self.queue_count += 1
        packet.ident = dest
        if t.queue is None:
            t.queue = packet
        else:
            q = t.queue
            while q.link is not None:
                q = q.link
            q.link = packet
        t.waiting = False

    def run(self, limit):
        steps = 0
        while steps < limit:
            ready = [t for t in self.tasks.values() if t.runnable()]
            if not ready:
                break
            task = max(ready, key=lambda t: (t.priority, -t.ident))
            task.runs += 1
            task.step()
            steps += 1
        return steps


class IdleTask(Task):
    def __init__(self, s, count):
        super().__init__(s, IDLE, 0, None)
        self.count = count
        self.seed = 1

    def step(self):
        self.count -= 1
        if self.count == 0:
            self.held = True
            self.sched.hold_count += 1
            return
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.sched.tasks[DEVICE_B].held = False
        else:
            self.seed >>= 1
            self.sched.tasks[DEVICE_A].held = False


class WorkerTask(Task):
    def __init__(self, s, queue):
        super().__init__(s, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.counter = 0

    def step(self):
        p = self.take_packet()
        if p is None:
            self.waiting = True
            return
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        p.datum = 0
        for i in range(4):
            self.counter = self.counter % 26 + 1
            p.data[i] = self.counter
        self.sched.log.append("W->%d %s" % (self.dest, "".join(chr(64 + c) for c in p.data)))
        self.sched.send(p, self.dest)


class HandlerTask(Task):
    def __init__(self, s, ident, priority, queue, device):
        super().__init__(s, ident, priority, queue)
        self.device = device
        self.pending = []

    def step(self):
        p = self.take_packet()
        if p is not None:
            self.pending.append(p)
        if not self.pending:
            self.waiting = True
            return
        work = self.pending[0]
        if work.datum < 4:
            work.datum += 1
            self.sched.log.append("H%d byte %d" % (self.ident, work.data[work.datum - 1]))
            if work.datum == 4:
                self.pending.pop(0)
                self.sched.send(Packet(None, self.device, 1), self.device)
        else:
            self.waiting = True


class DeviceTask(Task):
    def __init__(self, s, ident, priority):
        super().__init__(s, ident, priority, None)
        self.held = True
        self.handled = 0

    def step(self):
        p = self.take_packet()
        if p is None:
            self.held = True
            self.sched.hold_count += 1
            return
        self.handled += 1
        self.waiting = self.queue is None


s = Scheduler()
work_queue = None
for i in range(3):
    work_queue = Packet(work_queue, WORKER, 0)
s.add(IdleTask(s, 40))
s.add(WorkerTask(s, work_queue))
s.add(HandlerTask(s, HANDLER_A, 2000, None, DEVICE_A))
s.add(HandlerTask(s, HANDLER_B, 3000, None, DEVICE_B))
s.add(DeviceTask(s, DEVICE_A, 4000))
s.add(DeviceTask(s, DEVICE_B, 5000))
steps = s.run(500)
print("steps", steps, "queued", s.queue_count, "holds", s.hold_count)
for line in s.log:
    print(line)
print({t.ident: t.runs for t in s.tasks.values()})
print("devices handled", s.tasks[DEVICE_A].handled, s.tasks[DEVICE_B].handled)
