class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return "Node(%r)" % self.name
        return "Node(%r, %r)" % (self.name, self.children)


t = Node("root", [Node("a"), Node("b", [Node("c"), Node("d")])])
print(t)
print([t.children[1]])
print({"tree": t.children[0], "pair": (Node("x"), Node("y"))})
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"k": 1}
d["self"] = d
print(d)
