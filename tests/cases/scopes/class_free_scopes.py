def counter_factory(start):
    def inc(step=1):
        nonlocal start
        start += step
        return start
    def dec(step=1):
        nonlocal start
        start -= step
        return start
    return inc, dec
inc, dec = counter_factory(10)
print(inc(), inc(5), dec(), dec(20))
