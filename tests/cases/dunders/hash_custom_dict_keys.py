class Key:
    calls = []

    def __init__(self, name, bucket):
        self.name = name
        self.bucket = bucket

    def __hash__(self):
        Key.calls.append("hash " + self.name)
        return self.bucket

    def __eq__(self, o):
        Key.calls.append("eq %s %s" % (self.name, o.name))
        return self.name == o.name


a = Key("a", 1)
b = Key("b", 1)
d = {}
d[a] = 1
d[b] = 2
print(len(d), d[Key("a", 1)], d[Key("b", 1)])
print(Key("c", 1) in d)
print(a in d)
for c in Key.calls:
    print(c)
