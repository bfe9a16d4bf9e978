s = "Hello"
results = [s.upper(), s.split(), s.partition("l"), s.find("l"), s.startswith("H"), s.encode(), s.isalpha(), s.count("l"), s.splitlines(), s.join("ab"), s.zfill(7), s.center(9), s.casefold()]
for r in results:
    print(type(r).__name__, repr(r))
