s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("at", "og", 2))
print(s.replace("the ", ""))
print(s.replace("", "-"))
print("aaa".replace("a", "b", 0), "aaa".replace("aa", "b"), "abc".replace("", "|", 2))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.startswith("at", 5, 7))
print(s.endswith("mat"), s.endswith(("x", "at")), s.endswith("sat", 0, 11), s.endswith(""))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
