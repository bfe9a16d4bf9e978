def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return None.attr
    return "ok"


handlers = (ZeroDivisionError, IndexError)
for k in range(6):
    try:
        print(k, risky(k))
    except handlers as e:
        print(k, "first handler", type(e).__name__)
    except (KeyError, ValueError) as e:
        print(k, "second handler", type(e).__name__, e)
    except Exception as e:
        print(k, "generic", type(e).__name__)
try:
    risky(1)
except (LookupError,) as e:
    print("LookupError caught", type(e).__name__)
