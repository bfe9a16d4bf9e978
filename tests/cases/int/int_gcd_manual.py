def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18), gcd(2 ** 100, 6 ** 50))
l = 1
for i in range(1, 41):
    l = lcm(l, i)
print(l)
print(gcd(3 ** 100 * 2 ** 5, 3 ** 40 * 2 ** 90))
