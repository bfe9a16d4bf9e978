class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Status:
    OK = 200
    NOT_FOUND = 404

    class Nested:
        TEAPOT = 418


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case _:
            return "unknown"


def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case Status.Nested.TEAPOT:
            return "teapot"
    return "unhandled %d" % code


print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])
print([http(c) for c in [200, 404, 418, 500]])
Color.RED = "crimson"
print(paint("crimson"), paint("red"))
