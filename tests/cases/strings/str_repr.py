for s in ["plain", "it's", 'say "x"', "both ' \"", "tab\there", "nl\n", "back\\slash", "\x00\x1f", "é ü 中", "\u2028", "\ud800" if False else "ok", ""]:
    print(repr(s), str(s), len(repr(s)))
print(repr(["a", 'b"', "c'"]), str(("x",)), repr({"k": "v"}))
