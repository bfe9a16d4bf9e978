def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
def encrypt(s, k):
    return "".join(shift_char(c, k) for c in s)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123"
for k in (1, 3, 13, 25, -4):
    e = encrypt(msg, k)
    print(f"{k:>3}: {e} | {encrypt(e, -k) == msg}")
def crack(cipher):
    best = None
    for k in range(26):
        cand = encrypt(cipher, -k)
        score = sum(cand.lower().count(c) for c in "etaoin ")
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best
print(crack(encrypt("attack at dawn and retreat at noon", 7)))
