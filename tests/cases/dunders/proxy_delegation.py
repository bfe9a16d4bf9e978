class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

    def __len__(self):
        return len(self._target)


lst = [3, 1, 2]
p = LoggingProxy(lst)
p.append(0)
p.sort()
print(lst, len(p), p.count(1), p.index(3))
print(p._log)


class Box:
    pass


b = Box()
pb = LoggingProxy(b)
pb.color = "red"
print(b.color, pb.color)
print(pb._log)
