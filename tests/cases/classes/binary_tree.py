class Tree:
    def __init__(self):
        self.root = None

    class _Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

    def insert(self, key):
        if self.root is None:
            self.root = Tree._Node(key)
            return
        n = self.root
        while True:
            if key < n.key:
                if n.left is None:
                    n.left = Tree._Node(key)
                    return
                n = n.left
            elif key > n.key:
                if n.right is None:
                    n.right = Tree._Node(key)
                    return
                n = n.right
            else:
                return

    def inorder(self):
        out = []

        def walk(n):
            if n:
                walk(n.left)
                out.append(n.key)
                walk(n.right)

        walk(self.root)
        return out

    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False


t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder())
print(t.height())
print(40 in t, 45 in t, 65 in t)
print(Tree._Node.__qualname__)
