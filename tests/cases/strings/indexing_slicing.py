s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:-1], s[::2], s[::-1], s[1::3], s[-1:-8:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-100:-1], s[::-3])
for i in range(-3, 4):
    print(i, repr(s[i:i + 3]), repr(s[:i]))
print("abc"[1:2], "abc"[slice(0, 2)], "abcdef"[slice(None, None, -2)])
