def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fact(i) for i in range(15)])
print(fact(50))
print([fib(i) for i in range(20)])
