s = "Grüße, 日本 €"
u8 = s.encode("utf-8")
print(u8, len(s), len(u8))
print(u8.decode("utf-8") == s, u8.decode())
l1 = "café".encode("latin-1")
print(l1, l1.decode("latin-1"), len(l1))
print("abc".encode("ascii"), b"abc".decode("ascii"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(u8.decode("ascii", "replace"))
print(u8.decode("latin-1"))
print(b"\xe9t\xe9".decode("latin-1"), b"\xe9t\xe9".decode("utf-8", "replace"), b"\xe9t\xe9".decode("utf-8", "ignore"))
print("é".encode("UTF-8"), "é".encode("utf8"), "é".encode("Latin1"), "é".encode("iso-8859-1"))
print([hex(b) for b in "€".encode()], "\u20ac" == "€", "\N{EURO SIGN}")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
