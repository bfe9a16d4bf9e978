s = "Python"
print(s[0], s[-1], s[1:4], s[::2], s[::-1], len(s), s * 2, s + "3", "-" * 10)
print("th" in s, "TH" in s, s < "python", "a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc")
print(ord("A"), ord("é"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print([c for c in "héllo"], list(reversed("abc")), sorted("banana"), max("hello"), min("hello"))
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str(b"x", "ascii"))
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s[10:], s[-100:2], "".join(reversed(s)))
