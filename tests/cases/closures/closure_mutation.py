def memo():
    cache = {}
    calls = [0]
    def fib(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache, calls
fib, cache, calls = memo()
print(fib(80), len(cache), calls[0])
print(fib(90), calls[0])
