class PluginMeta(type):
    plugins = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.plugins[ns.get("key", name.lower())] = cls
        return cls

    def __len__(cls):
        return len(cls.plugins)

    def __getitem__(cls, key):
        return cls.plugins[key]

    def __iter__(cls):
        return iter(sorted(cls.plugins))

    def __repr__(cls):
        return "<plugin class %s>" % cls.__name__


class Plugin(metaclass=PluginMeta):
    def run(self):
        return type(self).__name__ + " ran"


class Upper(Plugin):
    key = "up"


class Lower(Plugin):
    pass


class Reverse(Plugin):
    key = "rev"


print(len(Plugin))
print(list(Plugin))
print(Plugin["up"], Plugin["lower"])
print(Plugin["rev"]().run())
print(repr(Upper), str(Lower))
