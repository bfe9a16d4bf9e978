class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})
        if not self.directed:
            self.adj[b][a] = w

    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        while queue:
            n = queue.pop(0)
            order.append(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    seen.add(m)
                    queue.append(m)
        return order

    def dfs(self, start, seen=None):
        seen = seen if seen is not None else []
        seen.append(start)
        for m in sorted(self.adj[start]):
            if m not in seen:
                self.dfs(m, seen)
        return seen

    def shortest_path(self, a, b):
        prev = {a: None}
        queue = [a]
        while queue:
            n = queue.pop(0)
            if n == b:
                path = []
                while n is not None:
                    path.append(n)
                    n = prev[n]
                return path[::-1]
            for m in sorted(self.adj[n]):
                if m not in prev:
                    prev[m] = n
                    queue.append(m)
        return None

    def topo_sort(self):
        indeg = {n: 0 for n in self.adj}
        for n in self.adj:
            for m in self.adj[n]:
                indeg[m] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
        out = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for m in sorted(self.adj[n]):
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
        if len(out) != len(self.adj):
            raise ValueError("cycle detected")
        return out

    def components(self):
        seen, comps = set(), []
        for n in sorted(self.adj):
            if n not in seen:
                comp = self.dfs(n, [])
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


g = Graph()
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("x", "y")]:
    g.add_edge(a, b)
print(g.bfs("a"))
print(g.dfs("a"))
print(g.shortest_path("a", "e"), g.shortest_path("a", "y"))
print(g.components())
dag = Graph(directed=True)
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(a, b)
print(dag.topo_sort())
dag.add_edge("jacket", "shirt")
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)
