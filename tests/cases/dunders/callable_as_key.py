class ByField:
    def __init__(self, field, reverse_str=False):
        self.field = field
        self.reverse_str = reverse_str

    def __call__(self, rec):
        v = rec[self.field]
        return v[::-1] if self.reverse_str else v


recs = [{"name": "bob", "age": 30}, {"name": "alice", "age": 25}, {"name": "carl", "age": 35}]
print([r["name"] for r in sorted(recs, key=ByField("age"))])
print([r["name"] for r in sorted(recs, key=ByField("name"))])
print([r["name"] for r in sorted(recs, key=ByField("name", True))])
print(max(recs, key=ByField("age"))["name"])
print(list(map(ByField("name"), recs)))
print(list(filter(ByField("age"), [{"age": 0}, {"age": 3}])))
