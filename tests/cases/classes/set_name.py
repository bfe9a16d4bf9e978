class Field:
    def __init__(self, default=None):
        self.default = default
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.owner = owner

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value


class Model:
    title = Field("untitled")
    count = Field(0)
    plain = 5


m = Model()
print(m.title, m.count)
m.title = "Report"
m.count = 3
print(m.title, m.count)
print(sorted(m.__dict__))
print(Model.title.name, Model.count.name, Model.title.owner is Model)
f = Field(1)
Model.late = f
print(f.name)
