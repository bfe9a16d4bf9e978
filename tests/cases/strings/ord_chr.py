print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512) == "😀")
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "9081726354"])
s = "Hello"
print("".join(chr((ord(c) - 65 + 13) % 26 + 65) if c.isupper() else chr((ord(c) - 97 + 13) % 26 + 97) for c in s))
print(len("😀"), len("é"), len("e\u0301"))
