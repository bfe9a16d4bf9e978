# Word frequencies: dict- and str-heavy.  A large deterministic text (~10 MB,
# built once at module level from a fixed vocabulary, picked by an LCG with a
# skewed distribution, with random capitalisation and punctuation) is split
# line by line and word by word, lowercased, stripped of punctuation and
# counted in a dict; the counts are sorted by (-count, word) and the top 100
# folded into a checksum.

BASE_WORDS = (
    "the of and to in is was he for it with as his on be at by had are but from "
    "or have an they which one you were her all she there would their we him been "
    "has when who will more no if out so said what up its about into than them can "
    "only other new some could time these two may then do first any my now such like "
    "our over man me even most made after also did many before must through back "
    "years where much your way well down should because each just those people how "
    "too little state good very make world still own see men work long get here "
    "between both life being under never day same another know while last might us "
    "great old year off come since against go came right used take three river "
    "mountain lantern harbor meadow quartz velvet cinder falcon juniper orchard "
    "thistle beacon marble saddle willow ember glacier copper lattice pepper"
).split()

SUFFIXES = ["", "", "", "s", "ed", "ing", "er", "ly"]
PUNCT = [",", ".", ";", ":", "!", "?", "", "", "", "", "", ""]
N_WORDS = 1500000


def build_vocabulary():
    # plain words first, then the suffixed variants: the skewed choice below
    # makes the plain words most frequent
    vocab = []
    for s in SUFFIXES:
        for w in BASE_WORDS:
            vocab.append(w + s)
    # drop duplicates while keeping the first occurrence's position
    seen = {}
    out = []
    for w in vocab:
        if w not in seen:
            seen[w] = True
            out.append(w)
    return out


def build_text(n):
    vocab = build_vocabulary()
    nv = len(vocab)
    x = 2463534242
    parts = []
    line = []
    for i in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        r1 = (x >> 8) % nv
        x = (x * 1664525 + 1013904223) % 4294967296
        r2 = (x >> 8) % nv
        # skewed choice: product of two uniforms favours low indices
        w = vocab[r1 * r2 // nv]
        sel = (x >> 20) % 16
        if sel == 0:
            w = w.capitalize()
        elif sel == 1:
            w = w.upper()
        elif sel == 2:
            w = '"' + w + '"'
        elif sel == 3:
            w = "(" + w + ")"
        w += PUNCT[(x >> 12) % len(PUNCT)]
        line.append(w)
        if len(line) >= 12 + (x >> 24) % 5:
            parts.append(" ".join(line))
            line = []
    parts.append(" ".join(line))
    return "\n".join(parts)


TEXT = build_text(N_WORDS)
STRIP = ".,;:!?\"'()"


def run():
    counts = {}
    for line in TEXT.splitlines():
        for raw in line.split():
            w = raw.lower().strip(STRIP)
            if not w:
                continue
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:100]
    checksum = len(counts)
    for rank, (word, count) in enumerate(top):
        letters = 0
        for ch in word:
            letters += ord(ch)
        checksum = (checksum * 131 + (rank + 1) * count + letters * len(word)) % 1000000007
    summary = ",".join(f"{w}:{c}" for w, c in top)
    checksum = (checksum * 131 + len(summary) + summary.count(":1")) % 1000000007
    return f"{checksum} {sum(counts.values())}"
