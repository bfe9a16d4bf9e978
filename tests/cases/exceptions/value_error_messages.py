def show(fn):
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__ + ":", e)


show(lambda: int("abc"))
show(lambda: int("12.5"))
show(lambda: int(""))
show(lambda: int("z", 16))
show(lambda: int("10", 1))
show(lambda: float("x1"))
show(lambda: float(""))
show(lambda: [1, 2].remove(3))
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
show(lambda: (1, 2).index(5))
show(lambda: "a,b".split(""))
show(lambda: range(1, 5, 0))
show(lambda: chr(-1))
show(lambda: "abc".encode("ascii").decode("utf-8") and "\u00e9".encode("ascii"))
show(lambda: b"\xff".decode("utf-8"))
show(lambda: int("1_000_"))
show(lambda: complex("1+"))
show(lambda: "{0:d}".format("s"))
show(lambda: "a=1".split("=", 1)[1] and int("1e3"))
