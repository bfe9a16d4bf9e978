class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, n):
        n.prev.next = n.next
        n.next.prev = n.prev

    def _push_front(self, n):
        n.next = self.head.next
        n.prev = self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value

    def put(self, key, value):
        n = self.map.get(key)
        if n is not None:
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        n = Node(key, value)
        self.map[key] = n
        self._push_front(n)

    def keys(self):
        out = []
        n = self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map


def cached(cache):
    def deco(fn):
        def wrapper(n):
            v = cache.get(n)
            if v is None:
                v = fn(n)
                cache.put(n, v)
            return v
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", 4)
print(c.keys(), "b" in c, len(c))
c.put("c", 30)
print(c.keys(), c.get("c"), c.get("zz", "miss"))
print("hits", c.hits, "misses", c.misses, "evictions", c.evictions)
fib_cache = LRUCache(100)


@cached(fib_cache)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib_cache), fib_cache.hits, fib_cache.misses)
small = LRUCache(2)
for i in [1, 2, 1, 3, 1, 4, 2]:
    hit = small.get(i) is not None
    if not hit:
        small.put(i, i * i)
    print(i, "hit" if hit else "miss", small.keys())
