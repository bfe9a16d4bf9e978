class ParseError(Exception):
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line = line
        self.col = col

    def __str__(self):
        return "unexpected token at %d:%d" % (self.line, self.col)


print("parsing")
raise ParseError(3, 14)
