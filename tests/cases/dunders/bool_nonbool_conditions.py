class Truthy:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool(%s)" % self.name)
        return self.value

    def __repr__(self):
        return self.name


T, F = Truthy("T", True), Truthy("F", False)
print(T and F)
print(F and T)
print(T or F)
print(F or T)
print(not T, not F)
print([x for x in (T, F, T) if x])
print(T if F else "else-branch")
print(all([T, F, T]))
print(any([F, T, F]))
n = 0
while F:
    n += 1
print("loop ran", n)
assert T, "never"
print(bool(T) is True)
