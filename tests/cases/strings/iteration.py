s = "hello"
for c in s:
    print(c, ord(c))
for i, c in enumerate(s):
    print(i, c, end=" ")
print()
print(list(s), tuple("ab"), sorted("banana"), list(reversed("abc")), set("aaa") == {"a"})
print(max("hello"), min("hello"), "l" in s, s.index("l"), [c * 2 for c in s])
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
