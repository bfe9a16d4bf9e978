def make_counter_class(start):
    step = 2

    class Counter:
        def __init__(self):
            self.value = start

        def tick(self):
            self.value += step
            return self.value

    return Counter


C1 = make_counter_class(0)
C2 = make_counter_class(100)
a, b = C1(), C2()
print(a.tick(), a.tick(), b.tick())
print(C1 is C2, C1.__name__ == C2.__name__)
classes = [make_counter_class(i) for i in range(3)]
print([k().tick() for k in classes])
