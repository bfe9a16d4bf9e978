def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 1000000007), (3, 10 ** 18, 998244353), (12345, 6789, 1000), (7, 0, 13)]:
    print(b, e, m, modpow(b, e, m), pow(b, e, m), modpow(b, e, m) == pow(b, e, m))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
