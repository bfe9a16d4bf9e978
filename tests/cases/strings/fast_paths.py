# The str methods that have a TruffleString fast path, on the inputs where fast and generic
# paths part: unicode whitespace and line breaks, limits, str subclasses, bad arguments.

class S(str):
    pass

text = "a b\u3000c\xa0d\u2028e\x1cf  \t g "
print(text.split())
print(text.split(None, 2), text.split(maxsplit=0), "   ".split(), "".split())
print("x,,y,".split(","), "x,,y,".split(",", 1), "aaa".split("aa"), "".split(","))
print("a\r\nb\rc\n\nd\x0be\x85f\u2029".splitlines())
print("a\r\nb\rc\n\nd\x0be\x85f\u2029".splitlines(True), "".splitlines(), "\n".splitlines(1))
print(repr(" \t x y \n".strip()), repr("..,a.b,..".strip(".,")), repr("abc".strip("")), repr("xx".strip("x")))
print(repr("..a..".lstrip(".")), repr("..a..".rstrip(".")), repr("😀a😀".strip("😀")), repr(S(" s ").strip()))
print("MiXeD 123".lower(), "MiXeD 123".upper(), "straße".upper(), "ÀÉ".lower(), "".upper())
print(S("Ab").lower(), type(S("Ab").lower()).__name__, type("ab".lower()).__name__)
print("aXbXc".replace("X", "--"), "aXbXc".replace("X", "", 1), "abc".replace("", "-"), "abc".replace("z", "y"))
print("aaaa".replace("aa", "b"), "ab".replace("ab", "ab", 0), "é😀é".replace("😀", "é"))
print("abababa".count("aba"), "abc".count(""), "abc".count("", 3), "abc".count("", 4), "abcabc".count("c", -2))
print("abcabc".count("bc", 1, 5), "abc".count("a", 10), "abc".count("a", -100, 100))
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ",".join([]), ",".join(["only"]), "+".join(S(c) for c in "ab"))
print("-".join([S("a"), "b"]), "-".join(iter(["p", "q"])), "é".join(["😀", "a"]))
for bad in (["a", 1], ("a", None)):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
print(str(7), str(-42), str(2 ** 64), str("s"), type(str(S("t"))).__name__, str(False))
print(int("12"), int("-0"), int(" 7 "), int("1_000"), int("+5"), int("٣"), int(S("9")), int("99999999999999999999"))
for bad in ("", "1.5", "0x10", "_1"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
for call in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".strip(1), lambda: "a".count(1), lambda: "a".replace(1, "b")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
