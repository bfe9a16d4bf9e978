s = "The Quick Brown Fox"
print([w.lower() for w in s.split()], "".join([c for c in s if c.isupper()]))
print({c: s.count(c) for c in sorted(set(s.lower())) if c != " "})
print(["".join(sorted(w)) for w in s.lower().split()])
print(" ".join(w[0].upper() + w[1:].lower() for w in "hELLO wORLD foo".split()))
print([ord(c) for c in "abc"], "".join(chr(o + 1) for o in [104, 100, 107, 107, 110]))
