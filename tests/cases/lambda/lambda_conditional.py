sign = lambda n: 1 if n > 0 else -1 if n < 0 else 0
print([sign(v) for v in (-5, 0, 7, -0.1)])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
is_even = lambda n: n == 0 or is_odd(n - 1)
is_odd = lambda n: n != 0 and is_even(n - 1)
print(is_even(10), is_odd(7), is_even(3))
