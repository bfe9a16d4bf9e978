def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        match c:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")":
                yield ("OP", c)
                i += 1
            case _ if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                yield ("NUM", int(s[i:j]))
                i = j
            case _ if c.isalpha():
                j = i
                while j < len(s) and s[j].isalnum():
                    j += 1
                yield ("NAME", s[i:j])
                i = j
            case _:
                yield ("ERR", c)
                i += 1


for tok in tokenize("x1 + 42*(y - 7) / z ? 3"):
    match tok:
        case ("NUM", n) if n > 10:
            print("big number", n)
        case ("NUM", n):
            print("number", n)
        case ("NAME", name):
            print("name", name)
        case ("OP", "(" | ")" as p):
            print("paren", p)
        case ("OP", op):
            print("operator", op)
        case ("ERR", c):
            print("error char", repr(c))
