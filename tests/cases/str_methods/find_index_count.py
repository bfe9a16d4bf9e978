s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("bra"), s.rfind("z"))
print(s.index("cad"), s.rindex("a", 0, -1))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print(s.count("a"), s.count("bra"), s.count("a", 5), s.count(""), "aaaa".count("aa"))
print("bra" in s, "BRA" in s, "" in s)
print(s.find("a", -3), s.count("a", -4, -1))
