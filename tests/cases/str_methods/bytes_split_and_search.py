packet = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\nbody-data"
head, _, body = packet.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split(b" ")
print(method, path, version)
headers = {}
for line in lines[1:]:
    k, v = line.split(b": ", 1)
    headers[k.decode().lower()] = v.decode()
print(headers, body, len(body))
print(packet.find(b"Host"), packet.count(b"\r\n"), packet.startswith(b"GET"), packet[:3].lower())
print(b"a b  c".split(), b"a b  c".split(b" "), b"x\ny".splitlines(), b"AbC".swapcase())
print(b"12".zfill(5), b"ab".center(6, b"*"), b"  x ".rstrip(), b"abc".translate(None, b"b"))
