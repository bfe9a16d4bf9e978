class C:
    def method(self, a):
        return a


c = C()
print(c.method(1))
print(C.method(c, 2))
c.method(1, 2)
