class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("__eq__ called")
        return self.v == o.v


print(E(1) != E(1))
print(E(1) != E(2))
print(not (E(1) == E(2)))


class Odd:
    def __eq__(self, o):
        return "truthy string"


print(Odd() == 1, Odd() != 1)
print([1, 2] == [1, 2], (1,) != (1,))
