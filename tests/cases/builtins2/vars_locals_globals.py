def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
g_var = "global"
print("g_var" in globals(), globals()["g_var"])
globals()["created"] = 123
print(created)


class K:
    x = 1
    y = [x * 2]
    names = sorted(n for n in locals() if not n.startswith("__"))


print(K.names, K.y)


def outer():
    v = 1

    def inner():
        return v

    return sorted(locals())


print(outer())
