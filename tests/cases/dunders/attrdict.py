class AttrDict:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError("no field %r" % name) from None

    def __setattr__(self, name, value):
        self._data[name] = value

    def __delattr__(self, name):
        try:
            del self._data[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, k):
        return self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "AttrDict(%s)" % ", ".join("%s=%r" % kv for kv in self._data.items())


a = AttrDict(host="localhost", port=8080)
print(a.host, a.port, a["port"], len(a))
a.debug = True
a.port += 1
print(a)
del a.host
print(list(a), a)
try:
    a.host
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "debug"), hasattr(a, "host"), getattr(a, "x", 0))
print(vars(a))
