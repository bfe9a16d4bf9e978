LOG = """
INFO start
WARN disk 91%
INFO user login alice
ERROR db timeout
INFO user login bob
ERROR db timeout
WARN disk 95%
INFO stop
""".strip().splitlines()


def parse(lines):
    for n, line in enumerate(lines, 1):
        level, _, msg = line.partition(" ")
        yield n, level, msg


def only(level, records):
    for r in records:
        if r[1] == level:
            yield r


def messages(records):
    for n, level, msg in records:
        yield "%d:%s" % (n, msg)


def dedupe(items, key):
    seen = []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.append(k)
            yield it


print(list(messages(only("ERROR", parse(LOG)))))
print(list(messages(only("WARN", parse(LOG)))))
print(list(dedupe(parse(LOG), key=lambda r: r[2])).__len__())
counts = {}
for _, level, _ in parse(LOG):
    counts[level] = counts.get(level, 0) + 1
print(counts)
