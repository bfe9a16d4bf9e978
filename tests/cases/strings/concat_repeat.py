a, b = "foo", "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -2), (a + " ") * 2)
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
print("-" * 40)
print("=" * 5 + ">" + " " * 3 + "|")
print("ab" < "abc", "b" > "abc", "A" < "a", "" < "a", "abc" == "ab" + "c", "a" * 3 == "aaa")
