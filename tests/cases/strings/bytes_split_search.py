# bytes: split/rsplit with ASCII white space, splitlines, partition, search by int
print(b"   a   b    ".split(None, 1))
print(b"  a b\x85c  ".split())
print(b"a b c".rsplit(None, 1))
print(b"/*10/*11/*12/*".rsplit(b"/*", 2))
print(b"foo\r\nbar\rbaz\n\x1cqux".splitlines())
print(b"foo\r\nbar\n".splitlines(True))
print(b"abba".partition(b"b"), b"abba".rpartition(b"b"), b"abba".partition(b"z"))
print(b"0000".find(48), b"0000".find(48, 2), b"0000".find(49))
print(b"hello".rfind(b"l"), b"hello".index(b"l"), b"hello".rindex(108))
print(b"abcabc".count(98))
print(3 * b"ab", b"ab" * 2, -1 * b"ab")
s = b"abc"
print(s.strip() is s, s.strip(b"a"), b" x ".lstrip(), b" x ".rstrip())
