# Tight integer loops: range iteration, *, %, +, comparisons, while loops.

N = 5000000


def sum_squares_mod(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def collatz_steps(limit):
    steps = 0
    k = 1
    while k < limit:
        x = k
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        k += 1
    return steps


def run():
    return sum_squares_mod(N) + collatz_steps(30000)
