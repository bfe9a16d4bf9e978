import sys
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
for x in [iter([]), iter(()), iter(range(3)), iter('ab'), iter('é'), iter(b'a'), iter(bytearray(b'a')), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(frozenset()), reversed([]), reversed(range(3)), reversed('ab'), reversed({}), map(str, []), filter(None, []), zip(), enumerate([]), iter(G()), iter(lambda: 1, 2), {}.keys(), {}.values(), {}.items(), (x for x in [])]:
    print(type(x).__name__, end=' ')
