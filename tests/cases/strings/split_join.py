s = "a,b,,c,d,"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(",", 0))
print("  one two\tthree\n four  ".split(), "   ".split(), "".split(), "".split(","))
print("a b c d".split(" ", 1), "a b c d".rsplit(" ", 1), "a  b".split(" "))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(str(i) for i in range(5)), "+".join([]))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "x\ny\n".splitlines(True))
print("key=value=more".partition("="), "nothing".partition("="), "a=b=c".rpartition("="), "none".rpartition("="))
print("a::b::c".split("::"), "abcabc".split("b"))
