class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + "</" + self.name + ">")
        return False


with Tag("html") as h:
    print(type(h).__name__, h.name)
    with Tag("body"):
        with Tag("p"), Tag("b"):
            print("    text")
    with Tag("footer") as f:
        pass
print("depth", Tag.depth)
