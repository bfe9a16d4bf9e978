# String building: concatenation in loops, join, f-strings, replace, split,
# upper/lower, slicing, str()/int() conversions.

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu"]


def concat_loop(n):
    # Short-lived strings built with += (bounded length, so no quadratic blow-up
    # on implementations without CPython's in-place concatenation trick).
    total = 0
    beta = 0
    s = ""
    for i in range(n):
        s += WORDS[i % len(WORDS)]
        s += str(i % 10)
        if i % 100 == 99:
            total += len(s)
            beta += s.count("beta")
            s = ""
    return total + len(s) + beta


def fstring_lines(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i}: {w} has {len(w)} letters, x={i * 3 + 1} [{w.upper()}]")
    return "\n".join(lines)


def transform(text):
    t = text.replace("alpha", "ALPHA").replace("letters", "chars")
    parts = t.split("\n")
    out = []
    for p in parts:
        fields = p.split(" ")
        out.append("|".join(fields[:4]).lower())
    return ",".join(out)


def csv_roundtrip(n):
    rows = []
    for i in range(n):
        rows.append(",".join([str(i), str(i * i), WORDS[i % 12], str(i % 7)]))
    blob = "\n".join(rows)
    total = 0
    for line in blob.split("\n"):
        cols = line.split(",")
        total += int(cols[0]) + int(cols[3]) + len(cols[2])
    return total


def run():
    a = concat_loop(800000)
    b = fstring_lines(200000)
    c = transform(b)
    d = csv_roundtrip(200000)
    return a + len(b) + len(c) + d + c.count("|")
