class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return "Stack(%r)" % self._items


s = Stack()
print(s, len(s), bool(s), s.peek())
s.push(1).push(2).push(3)
print(s, len(s), bool(s), s.peek())
print(s.pop(), s.pop(), s)
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


for t in ["()", "([]{})", "(]", "((", "a(b[c]d)e", ""]:
    print(repr(t), balanced(t))
