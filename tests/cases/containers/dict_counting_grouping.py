text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(groups.items())})
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
first_pos = {}
for i, w in enumerate(text.split()):
    first_pos.setdefault(w, i)
print(first_pos)
