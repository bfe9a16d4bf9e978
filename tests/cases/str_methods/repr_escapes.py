for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x1b", "é ü ñ", "日本", "\u200b", "\U0001F600", "\r\n", "\x7f", "\xa0"]:
    print(repr(s), len(s), ascii(s))
print(str("a\tb"), repr("a\tb"))
print("%r" % "x'y", "{!r}".format('x"y'))
