class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("release", self.name, exc[0].__name__ if exc[0] else None)


with Resource("db") as handle:
    print("using", handle)
with Resource("a") as x, Resource("b") as y:
    print("both", x, y)
with Resource("plain"):
    print("no target")
with Resource("tuple") as (p, q, *r):
    print(p, q, r)
store = {}
with Resource("sub") as store["key"]:
    pass
print(store)
