data = [5, 3, 0, 8, 1]
pos = [0]


def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, 0)))
print(pos)


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


print(list(chunks("abcdefgh", 3)))
print(list(chunks(list(range(7)), 2)))


def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)


print(list(window(range(6), 3)))
