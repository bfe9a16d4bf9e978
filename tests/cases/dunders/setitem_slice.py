class Recorder:
    def __init__(self):
        self.data = list(range(8))

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.data[key]

    def __getitem__(self, key):
        return self.data[key]


r = Recorder()
r[1:3] = ["a", "b", "c"]
print(r.data)
r[::2] = [0] * 5
print(r.data)
del r[-3:]
print(r.data)
del r[::2]
print(r.data)
r[0] = "first"
print(r[0], r[-1], r[:2])
