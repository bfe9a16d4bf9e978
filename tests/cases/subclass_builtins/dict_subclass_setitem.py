class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


d = LowerDict()
d["Name"] = "x"
d["AGE"] = 3
print(d, d["NAME"], "name" in d, "NaMe" in d)
d2 = LowerDict({"MiXeD": 1})
print(d2)
d2.update({"UPPER": 2})
print(d2)
print(d2.get("MIXED"), d2.get("mixed"))
d2.setdefault("New", 5)
print(d2)
