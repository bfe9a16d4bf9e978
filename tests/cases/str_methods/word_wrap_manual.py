TEXT = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.")


def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines


for w in (20, 35):
    print("-" * w)
    for line in wrap(TEXT, w):
        print(line.ljust(w) + "|")
    for line in wrap(TEXT, w)[:2]:
        words = line.split()
        gaps = len(words) - 1
        extra = w - sum(len(x) for x in words)
        out = ""
        for i, word in enumerate(words[:-1]):
            out += word + " " * (extra // gaps + (1 if i < extra % gaps else 0))
        print(out + words[-1] + "|")
