def level3(x):
    print("  level3 start", x)
    try:
        if x == "value":
            raise ValueError("from level3")
        if x == "key":
            raise KeyError("k3")
        return "ok3"
    finally:
        print("  level3 finally")


def level2(x):
    try:
        return level3(x) + "+2"
    except ValueError as e:
        print(" level2 handles", e)
        return "recovered2"
    finally:
        print(" level2 finally")


def level1(x):
    try:
        return level2(x)
    except LookupError as e:
        print("level1 handles", type(e).__name__, e)
        return "recovered1"
    finally:
        print("level1 finally")


for arg in ["fine", "value", "key"]:
    print("result:", level1(arg))
