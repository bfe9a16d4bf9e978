class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


print(Point(1, 2) == Point(1, 2))
seen = {}
seen[Point(1, 2)] = True
