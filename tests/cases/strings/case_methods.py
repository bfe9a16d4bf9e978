for s in ["hello world", "HELLO", "mIxEd CaSe", "123abc", "  spaced  out ", "o'neil's x-ray", ""]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ß".upper(), "İ".lower() == "i̇", "ǅ".title())
