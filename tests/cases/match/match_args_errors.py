class NoArgs:
    def __init__(self):
        self.a = 1


class OneArg:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


for subject, label in [(NoArgs(), "NoArgs"), (OneArg(), "OneArg")]:
    try:
        match subject:
            case NoArgs(x):
                print("NoArgs matched", x)
            case OneArg(x, y):
                print("OneArg matched", x, y)
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = "str"
try:
    match "x":
        case not_a_class.upper():
            pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class BadArgs:
    __match_args__ = ["a"]
    a = 1


try:
    match BadArgs():
        case BadArgs(v):
            print(v)
except TypeError as e:
    print("TypeError:", e)
