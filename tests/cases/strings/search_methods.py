s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.find("o", 20, 30))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith(("a", "b")))
print("fox" in s, "cat" not in s, "" in s, s.find("dog", -5), s.count("o", 0, 15))
print(s.replace("the", "THE"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
