def fizzbuzz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 31)))


def sign(x):
    match x:
        case 0:
            return 0
        case _ if x > 0:
            return 1
    return -1


print([sign(v) for v in [-5, 0, 7, -0.5, 2.5]])
