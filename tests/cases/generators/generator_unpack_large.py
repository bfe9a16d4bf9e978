def digits_of(n):
    if n == 0:
        yield 0
        return
    stack = []
    while n:
        stack.append(n % 10)
        n //= 10
    while stack:
        yield stack.pop()


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(digits_of(9075)), list(digits_of(0)))
print(sum(digits_of(2 ** 100)))
seq = list(collatz(27))
print(len(seq), max(seq), seq[:8])
best = max(range(1, 200), key=lambda n: sum(1 for _ in collatz(n)))
print(best)
