for w in (0, 3, 8, 11):
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]", "[" + "abc".center(w, "*") + "]")
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "a".center(4, "."))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("tab\tsep\there".expandtabs(), "a\tb".expandtabs(4), repr("x\ty".expandtabs(1)))
