def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        else:
            toks.append(c)
            i += 1
    return toks
def parse(toks):
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None
    def take():
        pos[0] += 1
        return toks[pos[0] - 1]
    def expr():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in ("*", "/", "%"):
            op = take()
            r = factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor():
        t = take()
        if t == "-":
            return -factor()
        if t == "(":
            v = expr()
            take()
            return v
        b = t
        if peek() == "^":
            take()
            return b ** factor()
        return b
    return expr()
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 10", "2 ^ 3 ^ 2", "10 / 4", "-3 * -(2 + 1)", "7 % 3 + 0.5", "1.5 * 4", "100 - 99 - 1"]:
    print(f"{e:>16} = {parse(tokenize(e))}")
