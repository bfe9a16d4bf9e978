table = [("square", lambda x: x ** 2), ("cube", lambda x: x ** 3), ("neg", lambda x: -x)]
for name, fn in table:
    print(name, [fn(i) for i in range(5)])
dispatch = {k: (lambda k=k: k * 2) for k in "abc"}
print([dispatch[k]() for k in "cba"])
