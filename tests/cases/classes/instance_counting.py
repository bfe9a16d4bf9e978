class Tracked:
    created = 0
    live_names = []

    def __init__(self, name):
        type(self).created += 1
        Tracked.live_names.append(name)
        self.name = name

    @classmethod
    def how_many(cls):
        return cls.created


class Sub(Tracked):
    created = 0


Tracked("a")
Tracked("b")
Sub("c")
Sub("d")
Sub("e")
print(Tracked.how_many(), Sub.how_many())
print(Tracked.live_names)
print(Sub.live_names is Tracked.live_names)
print("created" in Sub.__dict__, "live_names" in Sub.__dict__)
