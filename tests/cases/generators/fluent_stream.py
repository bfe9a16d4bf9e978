class Stream:
    def __init__(self, source):
        self.source = source

    def map(self, fn):
        return Stream(fn(x) for x in self.source)

    def filter(self, pred):
        return Stream(x for x in self.source if pred(x))

    def take(self, n):
        def gen():
            if n <= 0:
                return
            count = 0
            for x in self.source:
                yield x
                count += 1
                if count >= n:
                    return
        return Stream(gen())

    def __iter__(self):
        return iter(self.source)

    def to_list(self):
        return list(self.source)


def naturals():
    n = 1
    while True:
        yield n
        n += 1


print(Stream(naturals()).filter(lambda x: x % 3 == 0).map(lambda x: x * x).take(5).to_list())
print(Stream("hello world").filter(str.isalpha).map(str.upper).to_list())
print(sum(Stream(range(10)).map(lambda x: x * 2)))
print(Stream(naturals()).take(0).to_list())
