class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register

    def off(self, event, fn):
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]

    def emit(self, event, **payload):
        handlers = sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1]))
        results = []
        for _, _, fn in handlers:
            try:
                r = fn(**payload)
            except StopPropagation as sp:
                self.log.append("%s stopped by %s: %s" % (event, fn.__name__, sp))
                break
            except Exception as e:
                self.log.append("%s handler %s failed: %s: %s" % (event, fn.__name__, type(e).__name__, e))
                continue
            results.append(r)
        return results


class StopPropagation(Exception):
    pass


bus = EventBus()
audit = []


@bus.on("login")
def record_login(user, **_):
    audit.append("login " + user)
    return "recorded"


@bus.on("login", priority=10)
def check_banned(user, **_):
    if user == "mallory":
        raise StopPropagation("banned user")
    return "allowed"


@bus.on("login", priority=5)
def greet(user, admin=False):
    return ("welcome admin " if admin else "hello ") + user


@bus.on("purchase")
def charge(amount, user):
    if amount <= 0:
        raise ValueError("bad amount %r" % amount)
    return "%s charged %d" % (user, amount)


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, **kw):
        self.count += 1
        return self.count


counter = Counter()
bus.on("purchase", priority=-1)(counter)
print(bus.emit("login", user="alice"))
print(bus.emit("login", user="root", admin=True))
print(bus.emit("login", user="mallory"))
print(bus.emit("purchase", amount=30, user="alice"))
print(bus.emit("purchase", amount=0, user="bob"))
bus.off("login", greet)
print(bus.emit("login", user="carol"))
print(bus.emit("nothing"))
print(audit, counter.count)
for line in bus.log:
    print(line)
