class Indent:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def write(self, text):
        self.lines.append("    " * self.level + text)


out = Indent()
out.write("def f(x):")
with out:
    out.write("if x:")
    with out:
        out.write("return 1")
    out.write("for i in range(x):")
    with out:
        out.write("print(i)")
        with out:
            out.write("# deep")
    out.write("return 0")
print("\n".join(out.lines))
print(out.level)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", v)
            return True
        print("committed")


db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
print(db)
with Transaction(db) as s:
    s["c"] = 3
    s["a"] = 100
    raise ValueError("boom")
print(db)
