s = "naïve café 日本語 😀"
print(len(s), s.upper(), s.title())
print([len(w) for w in s.split()], [len(w.encode()) for w in s.split()])
print(s[6:10], s[-1], s[::-1])
print("ß".upper(), "ß".lower(), "ß".casefold(), "STRASSE".casefold() == "straße".casefold())
print("İ".lower(), len("İ".lower()), "ﬁ".upper())
print("Σ".lower(), "ΣΑΣ".lower(), "ǆ".title(), "ǆ".upper())
print("é" == "e\u0301", len("e\u0301"), "café".find("é"))
print(sorted(["é", "e", "f", "z", "É"]), [ord(c) for c in "éÉ"])
