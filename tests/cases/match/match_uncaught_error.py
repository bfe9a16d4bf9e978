class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Pt(1, 2)
match p:
    case Pt(x=1):
        print("keyword pattern works")
match p:
    case Pt(a, b):
        print("positional without __match_args__")
