class Shape:
    def __init__(self, kind, **attrs):
        self.kind = kind
        for k, v in attrs.items():
            setattr(self, k, v)


def area(s):
    match s:
        case Shape(kind="square" | "rect", w=w, h=h) | Shape(kind="square" | "rect", side=w, alias=h):
            return w * h
        case Shape(kind="square", side=a):
            return a * a
        case Shape(kind="circle", r=(int() | float()) as r):
            return round(3.14159 * r * r, 2)
        case Shape(kind="triangle", base=b, height=h) if b > 0 and h > 0:
            return b * h / 2
        case Shape(kind=k):
            return "unsupported " + k


shapes = [Shape("rect", w=2, h=3), Shape("square", side=4), Shape("square", side=2, alias=5),
          Shape("circle", r=1), Shape("circle", r="big"), Shape("triangle", base=3, height=4),
          Shape("triangle", base=0, height=1), Shape("hexagon")]
for s in shapes:
    print(s.kind, area(s))
