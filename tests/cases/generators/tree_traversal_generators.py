class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right


def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)


def preorder(n):
    if n:
        yield n.v
        yield from preorder(n.left)
        yield from preorder(n.right)


def bfs(n):
    queue = [n]
    while queue:
        cur = queue.pop(0)
        if cur:
            yield cur.v
            queue.append(cur.left)
            queue.append(cur.right)


def paths(n, prefix=()):
    if n is None:
        return
    p = prefix + (n.v,)
    if not n.left and not n.right:
        yield p
    yield from paths(n.left, p)
    yield from paths(n.right, p)


t = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
print(list(inorder(t)))
print(list(preorder(t)))
print(list(bfs(t)))
print(list(paths(t)))
