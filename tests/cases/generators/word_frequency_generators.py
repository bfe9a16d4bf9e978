TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick end"""


def lines(text):
    for line in text.split("\n"):
        yield line


def words(lines):
    for line in lines:
        for w in line.split():
            yield w.lower()


def count(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c


c = count(words(lines(TEXT)))
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(sum(1 for _ in words(lines(TEXT))))
print(sorted(w for w in c if len(w) > 4))
