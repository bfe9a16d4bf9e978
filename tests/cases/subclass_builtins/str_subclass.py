class Name(str):
    def greet(self):
        return "Hello, " + self

    def initials(self):
        return "".join(w[0] for w in self.split()).upper()


n = Name("ada lovelace")
print(n, repr(n), len(n), n.greet(), n.initials())
print(n.upper(), type(n.upper()).__name__)
print(type(n + "!").__name__, type(n[0:3]).__name__)
print(n == "ada lovelace", isinstance(n, str), "love" in n)
d = {"ada lovelace": 1}
print(d[n])


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("shout")
print(u, type(u).__name__, u.lower(), u * 2)
print(f"{u:>8}|", "%s" % u, str(u), type(str(u)).__name__)
