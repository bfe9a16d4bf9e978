class BinaryHeap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        self._sift_up(len(self.items) - 1)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            self._sift_down(0)
        return top

    def peek(self):
        return self.items[0]

    def _less(self, i, j):
        return self.key(self.items[i]) < self.key(self.items[j])

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self.items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, smallest):
                    smallest = child
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest


class PriorityQueue:
    def __init__(self):
        self.heap = BinaryHeap(key=lambda e: (e[0], e[1]))
        self.counter = 0

    def put(self, priority, task):
        self.heap.push((priority, self.counter, task))
        self.counter += 1

    def get(self):
        p, _, task = self.heap.pop()
        return p, task

    def __bool__(self):
        return len(self.heap) > 0


h = BinaryHeap()
data = [9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0]
for x in data:
    h.push(x)
print(h.peek(), len(h))
print([h.pop() for _ in range(len(data))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
pq = PriorityQueue()
for prio, task in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch"), (2, "test")]:
    pq.put(prio, task)
while pq:
    print(pq.get())


def dijkstra(graph, start):
    dist = {start: 0}
    pq = PriorityQueue()
    pq.put(0, start)
    while pq:
        d, node = pq.get()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                pq.put(nd, nxt)
    return dict(sorted(dist.items()))


graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": [("E", 3)], "E": []}
print(dijkstra(graph, "A"))
maxheap = BinaryHeap(key=lambda x: -x)
for x in data:
    maxheap.push(x)
print([maxheap.pop() for _ in range(5)])
