print("tab:\tend", "nl:[\n]", "bs:\\", "q:\'\"")
print(repr("\a\b\f\v\r\0"), repr("\x41\x62"), "\101\102\103", "\u00e9\u4e2d", "\U0001F600" == "\U0001f600")
print("\N{LATIN SMALL LETTER A}", len("\N{GREEK SMALL LETTER ALPHA}"), ord("\N{EM DASH}"))
print(repr("\x7f"), repr("\x80"), repr("\u200b"), repr("é"), ascii("é€"))
print("a\
b", 'c\
d')
print(len("\\n"), len("\n"), [ord(c) for c in "\t\n\r\\"])
