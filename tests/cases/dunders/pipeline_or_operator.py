class Stage:
    def __init__(self, fn, name):
        self.fn = fn
        self.name = name

    def __or__(self, other):
        return Pipeline([self, other])

    def __ror__(self, data):
        return self.fn(data)


class Pipeline:
    def __init__(self, stages):
        self.stages = stages

    def __or__(self, other):
        return Pipeline(self.stages + [other])

    def __ror__(self, data):
        for s in self.stages:
            data = s.fn(data)
            print("after", s.name, data)
        return data

    def __repr__(self):
        return " | ".join(s.name for s in self.stages)


double = Stage(lambda xs: [x * 2 for x in xs], "double")
evens = Stage(lambda xs: [x for x in xs if x % 4 == 0], "evens")
total = Stage(sum, "total")
p = double | evens | total
print(p)
print(range(10) | p)
print([1, 2, 3] | double)
