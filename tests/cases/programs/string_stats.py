s = "Hello, World! The year is 2024; numbers: 3.14, 42 and -7. Email: someone@example.com"
stats = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for c in s:
    if c.isupper():
        stats["upper"] += 1
    elif c.islower():
        stats["lower"] += 1
    elif c.isdigit():
        stats["digit"] += 1
    elif c.isspace():
        stats["space"] += 1
    else:
        stats["other"] += 1
print(stats, sum(stats.values()) == len(s))
tokens = s.replace(",", " ").replace(";", " ").split()
nums = []
for t in tokens:
    t = t.rstrip(".")
    try_t = t.lstrip("-")
    if try_t.replace(".", "", 1).isdigit():
        nums.append(float(t) if "." in t else int(t))
print(nums, sum(nums))
print(s.title())
print(s.swapcase())
print(" ".join(w[::-1] for w in s.split()))
user, _, domain = s.split()[-1].partition("@")
print(user, domain, domain.split("."))
vowels = {v: s.lower().count(v) for v in "aeiou"}
print(vowels)
print(s.center(100, "~"))
