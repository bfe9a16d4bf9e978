def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(60) if is_prime(n)])
print(sum(1 for n in range(1000) if is_prime(n)))
words = ["apple", "Banana", "cherry", "date"]
print([w.lower() for w in words if w[0].lower() in "abc"])
print([len(w) for w in words], [w[::-1] for w in words])
print([f(3) for f in (abs, str, bool, float)])
