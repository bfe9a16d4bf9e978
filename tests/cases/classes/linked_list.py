class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def pop(self):
        n = self.head
        self.head = n.next
        self.size -= 1
        return n.value

    def to_list(self):
        out = []
        n = self.head
        while n is not None:
            out.append(n.value)
            n = n.next
        return out

    def reverse(self):
        prev = None
        n = self.head
        while n:
            nxt = n.next
            n.next = prev
            prev = n
            n = nxt
        self.head = prev

    def __len__(self):
        return self.size

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next


ll = LinkedList([1, 2, 3, 4])
print(ll.to_list(), len(ll))
ll.push(0)
print(ll.to_list())
ll.reverse()
print(ll.to_list())
print(ll.pop(), ll.pop(), len(ll))
print(list(ll), sum(ll), max(ll))
print([v * 10 for v in ll])
