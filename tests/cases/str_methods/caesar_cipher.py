def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


msg = "Attack at Dawn! Zebra-42."
for k in [1, 3, 13, 25, -1]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
lower = "abcdefghijklmnopqrstuvwxyz"
table = str.maketrans(lower + lower.upper(), lower[3:] + lower[:3] + (lower[3:] + lower[:3]).upper())
print(msg.translate(table) == caesar(msg, 3))
