class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
s.push(1)
s.push(2)
s.push(3)
print(s, len(s), s.peek(), s.is_empty())
print(s.pop(), s)
print(isinstance(s, list), type(s).__name__)
s.extend([7, 8])
print(s, s[1:], type(s[1:]).__name__)
print(type(s + [1]).__name__, s + [1])
s2 = Stack([5, 4, 3])
s2.sort()
print(s2, sum(s2), sorted(s2, reverse=True))
print(s == [1, 2, 7, 8], Stack() == [])
print(repr(Stack("ab")))
