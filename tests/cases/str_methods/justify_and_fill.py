for w in ["a", "abc", "abcdef"]:
    print("[" + w.center(7) + "]", "[" + w.ljust(7, ".") + "]", "[" + w.rjust(7, "*") + "]", "[" + w.center(6, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef".expandtabs(4)), repr("\t".expandtabs(2)), repr("ab\ncd\te".expandtabs(3)))
print("é".center(5, "·"), "日本".rjust(4, "_"))
