class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight

    def codes(self, prefix=""):
        yield self.symbol, prefix or "0"


class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight

    def codes(self, prefix=""):
        yield from self.left.codes(prefix + "0")
        yield from self.right.codes(prefix + "1")


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, key, item):
        self.a.append((key, item))
        i = len(self.a) - 1
        while i and self.a[(i - 1) // 2][0] > self.a[i][0]:
            p = (i - 1) // 2
            self.a[i], self.a[p] = self.a[p], self.a[i]
            i = p

    def pop(self):
        top = self.a[0]
        last = self.a.pop()
        if self.a:
            self.a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(self.a) and self.a[l][0] < self.a[m][0]:
                    m = l
                if r < len(self.a) and self.a[r][0] < self.a[m][0]:
                    m = r
                if m == i:
                    break
                self.a[i], self.a[m] = self.a[m], self.a[i]
                i = m
        return top[1]

    def __len__(self):
        return len(self.a)


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = MinHeap()
    order = 0
    for ch in sorted(freq):
        heap.push((freq[ch], order), Leaf(ch, freq[ch]))
        order += 1
    while len(heap) > 1:
        a = heap.pop()
        b = heap.pop()
        heap.push((a.weight + b.weight, order), Branch(a, b))
        order += 1
    return heap.pop(), freq


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, tree):
    node = tree
    out = []
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build(text)
    table = dict(tree.codes())
    bits = encode(text, table)
    print(repr(text))
    print("  codes:", sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
    print("  bits: %d vs %d raw, ratio %.3f" % (len(bits), 8 * len(text), len(bits) / (8 * len(text))))
    print("  roundtrip:", decode(bits, tree) == text if len(table) > 1 else "single-symbol")
    print("  prefix-free:", all(not b.startswith(a) for a in table.values() for b in table.values() if a != b))
