s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("...a.b...".lstrip(".")), repr("...a.b...".rstrip(".")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
