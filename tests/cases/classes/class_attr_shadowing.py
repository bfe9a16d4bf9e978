class Base:
    value = 1
    items = ("a",)

    def get(self):
        return self.value


class Child(Base):
    value = 2


b = Base()
c = Child()
print(b.get(), c.get())
c.value = 3
print(c.get(), Child.value, Base.value)
Base.value = 10
print(b.get(), Child().get(), c.get())
del Child.value
print(Child().get(), c.get())
del c.value
print(c.get())
c.items += ("b",)
print(c.items, Base.items, Child.items)
