class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, o.v if isinstance(o, Loose) else o)
        if isinstance(o, Loose):
            return self.v % 10 == o.v % 10
        return self.v % 10 == o

    def __repr__(self):
        return "L%d" % self.v


lst = [Loose(1), Loose(12), Loose(23), Loose(32)]
print(lst.index(Loose(2)))
print(lst.count(Loose(22)))
print(Loose(3) in lst)
lst.remove(Loose(42))
print(lst)
print(3 in lst)
x = lst[0]
print(x in lst)
print([Loose(5)] == [Loose(15)])
