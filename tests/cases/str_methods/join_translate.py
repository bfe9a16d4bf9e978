print(", ".join(["a", "b", "c"]), "".join("xyz"), "-".join(str(i) for i in range(4)), "+".join([]))
print("\n".join(["line1", "line2"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print("abcabc".translate(table2))
table3 = str.maketrans("", "", "aeiou")
print("programming language".translate(table3))
table4 = str.maketrans("ab", "AB", "x")
print("abxba".translate(table4), sorted(table4.items()))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
print("abc".translate({97: 65, 98: "BB"}))
