class Command:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        key = name or cls.__name__.lower()
        Command.registry[key] = cls

    def run(self, *args):
        raise NotImplementedError


class Echo(Command):
    def run(self, *args):
        return " ".join(args)


class Add(Command, name="plus"):
    def run(self, *args):
        return str(sum(int(a) for a in args))


class Count(Command, name="wc"):
    def run(self, *args):
        return str(len(args))


script = [("echo", "hi", "there"), ("plus", "1", "2", "3"), ("wc", "a", "b"), ("nope",)]
for cmd, *args in script:
    cls = Command.registry.get(cmd)
    if cls is None:
        print(cmd, "-> unknown")
    else:
        print(cmd, "->", cls().run(*args))
print(sorted(Command.registry))
