samples = ["abc", "ABC", "Abc Def", "abc123", "123", "12.5", " \t\n", "", "snake_case", "2bad", "½", "²", "٣", "héllo", "a b", "Hello World", "hello\x07"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(m[2:6] for m in methods))
for s in samples:
    print(repr(s).ljust(14), " ".join(("T" if getattr(s, m)() else ".").center(4) for m in methods))
