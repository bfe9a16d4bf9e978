KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}


class Token:
    __slots__ = ("kind", "text", "line", "col")

    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return "%s(%r)@%d:%d" % (self.kind, self.text, self.line, self.col)


def chars(source):
    line, col = 1, 1
    for ch in source:
        yield ch, line, col
        if ch == "\n":
            line, col = line + 1, 1
        else:
            col += 1
    yield "", line, col


def tokenize(source):
    stream = chars(source)
    ch, line, col = next(stream)
    while ch:
        if ch in " \t\n":
            ch, line, col = next(stream)
        elif ch == "#":
            while ch and ch != "\n":
                ch, line, col = next(stream)
        elif ch.isdigit():
            start, text = (line, col), ""
            while ch.isdigit() or ch == ".":
                text += ch
                ch, line, col = next(stream)
            yield Token("NUMBER", text, *start)
        elif ch.isalpha() or ch == "_":
            start, text = (line, col), ""
            while ch.isalnum() or ch == "_":
                text += ch
                ch, line, col = next(stream)
            yield Token("KEYWORD" if text in KEYWORDS else "NAME", text, *start)
        elif ch == '"':
            start, text = (line, col), ""
            ch, line, col = next(stream)
            while ch and ch != '"':
                text += ch
                ch, line, col = next(stream)
            if not ch:
                yield Token("ERROR", "unterminated string", *start)
                return
            ch, line, col = next(stream)
            yield Token("STRING", text, *start)
        else:
            start = (line, col)
            two = ch
            nxt, nline, ncol = next(stream)
            if ch + nxt in ("==", "!=", "<=", ">=", "->"):
                yield Token("OP", ch + nxt, *start)
                ch, line, col = next(stream)
            else:
                yield Token("OP" if two in "+-*/=<>(){},;" else "ERROR", two, *start)
                ch, line, col = nxt, nline, ncol
    yield Token("EOF", "", line, col)


def skip_kinds(tokens, *kinds):
    for t in tokens:
        if t.kind not in kinds:
            yield t


src = '''let x = 10;  # comment
fn add(a, b) -> { return a + b; }
while x >= 3.5 { print("x is", x); x = x - 1; }
if x != 0 { print("odd $"); } else { y = @; }
"unterminated'''
toks = list(tokenize(src))
for t in toks:
    print(t)
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(kinds)
print([t.text for t in skip_kinds(tokenize("a = (1 + 2) * 3;"), "OP", "EOF")])
