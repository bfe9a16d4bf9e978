class R:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return False


log = []
with R("a", log) as a, R("b", log) as b, R("c", log) as c:
    log.append("body %s%s%s" % (a, b, c))
print(log)
log = []
try:
    with R("a", log), R("b", log):
        log.append("raising")
        raise KeyError("x")
except KeyError:
    log.append("caught")
print(log)
log = []
with (R("p", log) as p,
      R("q", log) as q):
    log.append("parenthesized " + p + q)
print(log)
