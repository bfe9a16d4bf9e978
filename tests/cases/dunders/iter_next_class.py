class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c))
print(list(c))
c2 = Countdown(5)
print(next(c2), next(c2))
for v in c2:
    print("loop", v)
print(next(c2, "done"))
try:
    next(c2)
except StopIteration as e:
    print("StopIteration", e.args)
print(sum(Countdown(100)), max(Countdown(4)), sorted(Countdown(4)))
print(dict(zip(Countdown(3), "abc")))
