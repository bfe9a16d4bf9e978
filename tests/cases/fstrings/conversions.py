s = "héllo"
print(f"{s!r}", f"{s!s}", f"{s!a}", f"{s!r:>12}", f"{s!a:*^15}")
print(f"{3.0!r}", f"{[1, 'a']!s}", f"{None!r}", f"{'q'!r}")
print(f"{chr(9)!r}", f"{chr(233)!a}")
