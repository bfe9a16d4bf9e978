class Ring:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.cap = capacity
        self.start = 0
        self.size = 0

    def push(self, x):
        end = (self.start + self.size) % self.cap
        if self.size == self.cap:
            self.buf[end] = x
            self.start = (self.start + 1) % self.cap
        else:
            self.buf[end] = x
            self.size += 1

    def pop_left(self):
        if not self.size:
            raise IndexError("empty ring")
        x = self.buf[self.start]
        self.start = (self.start + 1) % self.cap
        self.size -= 1
        return x

    def to_list(self):
        return [self.buf[(self.start + i) % self.cap] for i in range(self.size)]


r = Ring(3)
for i in range(5):
    r.push(i)
    print(r.to_list(), r.buf)
print(r.pop_left(), r.to_list())
r.push("x")
r.push("y")
print(r.to_list())
while True:
    try:
        print("pop", r.pop_left())
    except IndexError as e:
        print("IndexError:", e)
        break
