raw = "   The QUICK brown   fox;  JUMPED over\tthe lazy DOG!!  "
norm = " ".join(raw.split()).lower().rstrip("!").replace(";", ",")
print(repr(norm))
words = [w.strip(",") for w in norm.split()]
print(words)
print(" ".join(w.capitalize() for w in words))
print("_".join(words).upper())
camel = words[0] + "".join(w.title() for w in words[1:])
print(camel)
acronym = "".join(w[0] for w in words).upper()
print(acronym)
slug = "-".join("".join(c for c in w if c.isalnum()) for w in words)
print(slug)
print(norm.count("o"), norm.find("fox"), norm.title().swapcase())
