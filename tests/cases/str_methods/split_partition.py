s = "  one  two three   four "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
print("a::b::c".split("::"), "line1\nline2\r\nline3\rline4".splitlines())
print("x\ny\n".splitlines(), "x\ny\n".splitlines(keepends=True), "x\ny\n".split("\n"))
print("tab\tsep\x0bvt\x0cff\x1cfs\u2028ls".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
