def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
for s in ["aaabbbcccd", "abcd", "", "wwwwwwwwwwwwbwwwwwwwwwwwwbbbwwwwwwwwwwwwwwwwwwwwwwwwbwwwwwwwwwwwwww", "zzzzzzzzzzzz"]:
    e = rle_encode(s)
    print(repr(s[:20]), e, rle_decode(e) == s)
def look_and_say(s):
    return "".join(f"{len(g)}{g[0]}" for g in split_groups(s))
def split_groups(s):
    groups = []
    for c in s:
        if groups and groups[-1][0] == c:
            groups[-1] += c
        else:
            groups.append(c)
    return groups
s = "1"
for i in range(12):
    print(i, s if len(s) < 60 else s[:60] + "...", len(s))
    s = look_and_say(s)
