class Plain:
    pass


a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(a in [b, a], b in [a], [a, b].index(b))
print(a.__eq__(b), a.__eq__(a), a.__ne__(b))
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
print(hash(a) == hash(a))
s = {a, b, a}
print(len(s))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
