def f(s):
    match s:
        case "hello" "world":
            return "concatenated literal"
        case "a" | "b" | "c":
            return "abc"
        case """triple""":
            return "triple-quoted"
        case r"raw\n":
            return "raw string"
        case "\n":
            return "newline"
        case b"bytes" | b"other":
            return "bytes literal"
        case "":
            return "empty"
    return "no match"


for s in ["helloworld", "b", "triple", "raw\\n", "\n", b"other", "", "bytes", b""]:
    print(repr(s), "->", f(s))
