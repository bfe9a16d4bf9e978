# bytearray: construction, mutation, slices, and the methods shared with bytes
print(bytearray(4))
a = bytearray([1, 2, 200])
print(a[0], a[2], a[-1], a)
a[2] = 255
a.append(10)
print(len(a), a, sum(a))
b = bytearray(b'123')
print(b, bytearray((1, 2)), bytearray('ab', 'utf-8'), bytes(b), b == b'123', b'123' == b)
print(b"123" + bytearray(2), bytearray(b'x') + b'y', b[1:], type(b[1:]))
x = bytearray(range(10)); x[1:3] = bytearray([10, 20]); print(x)
x[:-3] = bytearray(); print(x)
c = bytearray(2); c[2:] = bytearray(10); print(c)
del x[0]; print(x); del x[::2]; print(x)
x = bytearray(range(5, 12)); print(x.pop(), x.pop(0), x, x.copy(), x.upper(), x.split(b'\x08'))
try:
    a.append(None)
except TypeError as e: print(e)
try:
    a.append(256)
except ValueError as e: print(e)
try:
    hash(a)
except TypeError as e: print(e)
d = bytearray(b'ab'); d += b'cd'; d.extend([101]); d.insert(0, 65); d.reverse(); print(d, d.decode(), d.hex(), b'c' in d, 99 in d)
print(bytearray(b"a b").split(), repr(bytearray(b'\x00')), str(bytearray(b'q')), isinstance(d, bytearray))
print(b','.join([bytearray(b'x'), b'y']), bytearray(b',').join([b'1', b'2']))
print(float(bytearray(b'3.4')), int(bytearray(b' 12 ')), int(bytearray(b'ff'), 16))
