for f in [lambda: [].sort(1), lambda: (1).to_bytes(1, 'big', 3), lambda: 'a'.split(',', 1, 2), lambda: int.from_bytes(b'', 'big', 1), lambda: 'x'.encode('utf-8', 'strict', 3), lambda: max(1, 2, key=None, default=3)]:
    try:
        f()
    except TypeError as e:
        print(e)
for f in [lambda: [].insert(1, 2, 3), lambda: 'a'.replace('a', 'b', 1, 2), lambda: divmod(1, 2, 3), lambda: pow(1, 2, 3, 4), lambda: {}.get(1, 2, 3), lambda: [].index(1, 2, 3, 4), lambda: isinstance(1, int, 3), lambda: round(1, 2, 3), lambda: 'a'.join([], 1), lambda: (1.5).hex(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
