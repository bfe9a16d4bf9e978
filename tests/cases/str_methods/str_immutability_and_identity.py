a = "hello"
b = a
a += " world"
print(a, b)
s = "abc"
t = s.upper()
print(s, t, s.replace("a", "z"), s)
parts = []
for ch in "xyz":
    parts.append(ch * 2)
print("".join(parts))
l = list("hello")
l[0] = "J"
print("".join(l))
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
