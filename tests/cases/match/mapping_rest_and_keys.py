config = {"host": "localhost", "port": 8080, "debug": True, "users": ["a", "b"]}
match config:
    case {"host": str(host), "port": int(port), **others}:
        print(host, port, others)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest is", rest, type(rest).__name__)
KEY = "dynamic"


class K:
    NAME = "name"


match {"dynamic": 5, "name": "x", 1: "int key", None: "none key"}:
    case {K.NAME: n, 1: one, None: nn}:
        print(n, one, nn)
match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {"x": 1}:
    case {"y": _}:
        print("no")
    case {"x": _, **kw} if not kw:
        print("only x")
