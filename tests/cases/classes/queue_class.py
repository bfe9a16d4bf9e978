class Queue:
    """FIFO queue on two lists."""

    def __init__(self):
        self.inbox = []
        self.outbox = []

    def put(self, x):
        self.inbox.append(x)

    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)


q = Queue()
for i in range(5):
    q.put(i)
print(len(q), q.get(), q.get())
q.put(5)
q.put(6)
out = []
while len(q):
    out.append(q.get())
print(out, len(q))
print(Queue.__doc__)
