class Config(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.accesses = 0

    def __getitem__(self, key):
        self.accesses += 1
        if "." in key:
            head, rest = key.split(".", 1)
            return super().__getitem__(head)[rest]
        return super().__getitem__(key)

    def get_int(self, key, default=0):
        try:
            return int(self[key])
        except KeyError:
            return default


c = Config({"port": "8080", "db": {"host": "x", "user": "u"}}, debug=True)
print(c["port"], c["db.host"], c.get_int("port"), c.get_int("missing", -1))
print(c.accesses)
print(c, len(c), sorted(c))
print(c.get("port"), c.accesses)
print(isinstance(c, dict), type(c).__name__)
c["new"] = 1
print(list(c.keys()), "new" in c)
print(dict(c) == c, type(dict(c)).__name__)
print(vars(c))
