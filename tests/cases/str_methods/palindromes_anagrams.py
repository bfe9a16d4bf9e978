def clean(s):
    return "".join(c.lower() for c in s if c.isalnum())


def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]


phrases = ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Hello", "Was it a car or a cat I saw?", "", "ab"]
for p in phrases:
    print(repr(p), is_palindrome(p))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, grp in groups.items():
    print(key, grp)
print(max(groups.values(), key=len))
