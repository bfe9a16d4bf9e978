s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"))
print("www.example.com".strip("cmowz."), "abc".strip(""), repr("   ".strip()))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "file.tar.gz".removesuffix(".gz"), "x".removesuffix(""))
print("0001200".lstrip("0"), "1.5000".rstrip("0").rstrip("."), "3.000".rstrip("0").rstrip("."))
