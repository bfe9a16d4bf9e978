def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at (%d, %d)" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": k}:
            return "key %s" % k
        case {"type": "resize", **rest}:
            return "resize with %r" % rest
        case {"type": t}:
            return "unknown event type " + t
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "x": 3, "y": 4, "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "resize", "w": 100, "h": 50},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))
